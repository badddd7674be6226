import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { FullPageMessage } from '../../components/FullPageMessage';
import { errorText } from '../../i18n';
import { useSession } from '../../session/sessionContext';
import { AccountPage } from './account/AccountPage';
import { RegisterPage } from './account/RegisterPage';
import { LazyAdminRoutes } from './admin/LazyAdminRoutes';
import { ApprovalsPage } from './approvals/ApprovalsPage';
import { BoardPage } from './board/BoardPage';
import { ConsoleLayout } from './ConsoleLayout';
import { FindTimePage } from './findtime/FindTimePage';
import { MyBookingsPage } from './mybookings/MyBookingsPage';
import { RoomsPage } from './rooms/RoomsPage';
import { SchedulePage } from './schedule/SchedulePage';
import { SignInPage } from './SignInPage';
import { LazyStatsPage } from './stats/LazyStatsPage';

/**
 * Console routes. Signed out: sign-in, and registration at `register`. Signed in: the sections
 * (a later section adds a route here); any other address, `register` included, opens the rooms.
 */
export function ConsoleRoutes() {
  const { t } = useTranslation();
  const { state, retry } = useSession();

  switch (state.status) {
    case 'checking':
      return <FullPageMessage isBusy title={t('app.loading')} />;
    case 'unreachable':
      return (
        <FullPageMessage
          icon={<CloudOffOutlinedIcon sx={{ fontSize: 48, color: 'text.secondary' }} />}
          title={t('app.unreachableTitle')}
          body={errorText(state.error, t)}
          action={
            <Button variant="contained" onClick={retry}>
              {t('app.retry')}
            </Button>
          }
        />
      );
    case 'signedOut':
      return (
        <Routes>
          <Route path="register" element={<RegisterPage />} />
          <Route path="*" element={<SignInPage />} />
        </Routes>
      );
    case 'signedIn':
      return (
        <Routes>
          <Route element={<ConsoleLayout />}>
            <Route path="rooms" element={<RoomsPage />} />
            <Route path="board" element={<BoardPage />} />
            <Route path="find" element={<FindTimePage />} />
            <Route path="my" element={<MyBookingsPage />} />
            <Route path="schedule" element={<SchedulePage />} />
            <Route path="approvals" element={<ApprovalsPage />} />
            <Route path="stats" element={<LazyStatsPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="admin/*" element={<LazyAdminRoutes />} />
            <Route path="*" element={<Navigate to="/console/rooms" replace />} />
          </Route>
        </Routes>
      );
  }
}
