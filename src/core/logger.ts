import { type Logger, pino } from 'pino';

/** Structured JSON logs on stdout; silent in tests unless LOG_LEVEL says otherwise. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'gongkai' }, redact: ['req.headers.cookie', 'password', '*.password'] });
}
