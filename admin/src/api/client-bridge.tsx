import { App } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../session/session.tsx';
import { configureClient } from './client.ts';

/** Connects the API client to antd's message and the router: errors show, lost sessions go to 登录. */
export function ClientBridge() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { drop, refresh } = useSession();
  useEffect(() => {
    configureClient({
      notifyError: (text) => void message.error(text),
      onSessionLost: () => drop(),
      onPasswordChangeRequired: () => {
        void refresh();
        navigate('/change-password', { replace: true });
      },
    });
  }, [message, navigate, drop, refresh]);
  return null;
}
