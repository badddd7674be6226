import { runBookingsBench } from './bookings';
import { runEngineBench } from './engine';
import { runKioskBench } from './kiosk';
import { runQueriesBench } from './queries';

/** `npm run bench`: every benchmark, one after another. They print figures and assert nothing. */
runEngineBench();
console.log('');
await runBookingsBench();
console.log('');
await runKioskBench();
console.log('');
await runQueriesBench();
