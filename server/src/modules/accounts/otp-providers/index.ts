import type { Config } from '../../../config';
import type { Logger } from '../../../logger';
import { AuthenticaOtpProvider } from './authentica-otp-provider';
import { ConsoleOtpProvider } from './console-otp-provider';
import type { OtpProvider } from './otp-provider';

/** Adding a provider means adding its class and a line here. */
export function createOtpProvider(config: Config, logger: Logger): OtpProvider {
  switch (config.OTP_PROVIDER) {
    case 'authentica':
      return new AuthenticaOtpProvider(
        { baseUrl: config.AUTHENTICA_BASE_URL, apiKey: config.AUTHENTICA_API_KEY ?? '', timeoutSeconds: config.AUTHENTICA_TIMEOUT_SECONDS },
        logger,
      );
    case 'console':
      return new ConsoleOtpProvider(logger);
  }
}
