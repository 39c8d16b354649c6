import type { Logger } from '../../../logger';
import type { OtpChannel } from '../phone-otp.entity';
import type { OtpProvider } from './otp-provider';

/** Development: the code goes to the server log, one JSON line a developer can read to sign in. */
export class ConsoleOtpProvider implements OtpProvider {
  readonly name = 'console';
  readonly generatesCodes = false;

  constructor(private readonly logger: Logger) {}

  async send(phoneNumber: string, channel: OtpChannel, code: string | null): Promise<void> {
    this.logger.info({ event: 'otp.console', phoneNumber, channel, code }, `One-time code for ${phoneNumber}: ${code}`);
  }
}
