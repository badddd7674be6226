import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for one server instance (its own registry, so tests can run several). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'roomly_' });
  const requests = new Counter({
    name: 'roomly_http_requests_total',
    help: 'HTTP requests by route and status code.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'roomly_http_request_duration_seconds',
    help: 'HTTP request duration by route.',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const calls = new Counter({
    name: 'roomly_api_calls_total',
    help: 'API method calls by method and outcome (ok or the error code).',
    labelNames: ['method', 'outcome'] as const,
    registers: [registry],
  });
  return { registry, requests, duration, calls };
}
export type Metrics = ReturnType<typeof createMetrics>;
