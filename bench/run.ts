import { runBookingsBench } from './bookings';
import { runEngineBench } from './engine';

/** `npm run bench`: every benchmark, one after another. They print figures and assert nothing. */
runEngineBench();
console.log('');
await runBookingsBench();
