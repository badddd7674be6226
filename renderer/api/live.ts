import { ZChangeNote, type ChangeNote } from '../../core/changes';
import type { LinkState } from './eventStream';

export type { ChangeNote } from '../../core/changes';
export type { LinkState } from './eventStream';

/**
 * Live pokes as the transports deliver them: a change note, or null for "anything may have
 * changed" (the stream came back after a gap), and whether the stream is up.
 */
export interface LiveListener {
  onChange(note: ChangeNote | null): void;
  onLink(state: LinkState): void;
}

/** A note from the wire, checked; null when it is not one. */
export function readChangeNote(raw: unknown): ChangeNote | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = ZChangeNote.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export interface LiveHub {
  /** Adds a listener (told the link state at once); the transport listens while anyone does. */
  subscribe(listener: Partial<LiveListener>): () => void;
}

/** One transport listener shared by every component of the page, open while any of them listens. */
export function createLiveHub(listen: (listener: LiveListener) => () => void): LiveHub {
  const listeners = new Set<Partial<LiveListener>>();
  let link: LinkState = 'closed';
  let stop: (() => void) | null = null;

  const fanOut: LiveListener = {
    onChange(note) {
      for (const l of [...listeners]) l.onChange?.(note);
    },
    onLink(state) {
      link = state;
      for (const l of [...listeners]) l.onLink?.(state);
    },
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      listener.onLink?.(link);
      stop ??= listen(fanOut);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !stop) return;
        stop();
        stop = null;
        link = 'closed';
      };
    },
  };
}
