import { Route, Routes } from 'react-router';
import { NotEnrolledPage } from './NotEnrolledPage';

/**
 * The door tablet. For now every kiosk is "not enrolled"; enrolment, the room's live state and
 * walk-up booking are added here as routes under `#/kiosk`.
 */
export function KioskApp() {
  return (
    <Routes>
      <Route path="*" element={<NotEnrolledPage />} />
    </Routes>
  );
}
