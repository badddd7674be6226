import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { FullPageMessage } from '../../components/FullPageMessage';
import { errorText } from '../../i18n';
import { useSession } from '../../session/sessionContext';
import { LazyAdminRoutes } from './admin/LazyAdminRoutes';
import { ApprovalsPage } from './approvals/ApprovalsPage';
import { BoardPage } from './board/BoardPage';
import { ConsoleLayout } from './ConsoleLayout';
import { FindTimePage } from './findtime/FindTimePage';
import { MyBookingsPage } from './mybookings/MyBookingsPage';
import { RoomsPage } from './rooms/RoomsPage';
import { SignInPage } from './SignInPage';
import { LazyStatsPage } from './stats/LazyStatsPage';

/** Console routes, behind sign-in. Later sections (timeline, approvals, …) add a route here. */
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
      return <SignInPage />;
    case 'signedIn':
      return (
        <Routes>
          <Route element={<ConsoleLayout />}>
            <Route path="rooms" element={<RoomsPage />} />
            <Route path="board" element={<BoardPage />} />
            <Route path="find" element={<FindTimePage />} />
            <Route path="my" element={<MyBookingsPage />} />
            <Route path="approvals" element={<ApprovalsPage />} />
            <Route path="stats" element={<LazyStatsPage />} />
            <Route path="admin/*" element={<LazyAdminRoutes />} />
            <Route path="*" element={<Navigate to="/console/rooms" replace />} />
          </Route>
        </Routes>
      );
  }
}
