/**
 * The WhatsApp Business Cloud API fake for tests: the same stand-in `npm start` mounts at /whatsapp-sim when no
 * WhatsApp keys are set, here on its own port on 127.0.0.1.
 */
export { startWhatsAppStandIn as startWhatsAppFake, type StandInMessage } from '../../src/modules/notifications/whatsapp/stand-in';
