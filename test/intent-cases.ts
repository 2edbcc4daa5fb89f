/**
 * What locked-out customers type, and the answer that must come first: the
 * section whose text answers the query (`section: ''` for a topic without
 * sections). Written as customers type them: short and sentence-like,
 * lower case, typos, no apostrophes. The first five English cases are the
 * issue's own examples (#10). Checked by hand: each named answer contains the
 * answer to its query. The content tests check every named answer exists.
 */
export interface IntentCase {
  query: string;
  lang: 'en' | 'es';
  topic: string;
  section: string;
}

const en = (query: string, topic: string, section = ''): IntentCase => ({ query, lang: 'en', topic, section });
const es = (query: string, topic: string, section = ''): IntentCase => ({ query, lang: 'es', topic, section });

export const intentCases: IntentCase[] = [
  // The examples.
  en('lost long distance security code', 'long-distance', 'security-code'),
  en('update center number iowa', 'update-center', 'area-codes'),
  en('forgot update center security code', 'update-center', 'security-code'),
  en('can an agent tell me my security code over the phone', 'long-distance', 'security-code'),
  en("long distance password correct still can't log in", 'long-distance', 'still-locked-out'),

  // My Account
  en('forgot my account password', 'my-account', 'forgot-password'),
  en('reset my account password', 'my-account', 'forgot-password'),
  en('cant sign into my acount', 'my-account', 'forgot-password'),
  en('no longer have access to the email on my account', 'my-account', 'no-email-access'),
  en('my account old email address doesnt work anymore', 'my-account', 'no-email-access'),

  // AutoPay
  en('how do i log in to autopay', 'autopay'),
  en('see my autopay history', 'autopay'),
  en('auto pay payment status', 'autopay'),

  // Email
  en('forgot email password', 'email', 'forgot-password'),
  en('what do i need to reset my email password', 'email', 'forgot-password'),
  en('emial pasword forgot', 'email', 'forgot-password'),
  en('email secret questions', 'email', 'forgot-password'),
  en('forgot my email username', 'email', 'forgot-username'),
  en('what is my centurylink email username', 'email', 'forgot-username'),
  en('never set up my email', 'email', 'never-set-up'),
  en('new customer create email address', 'email', 'never-set-up'),

  // Norton
  en('norton login', 'norton'),
  en('how to download norton antivirus', 'norton'),
  en('nortn antivirus activation letter', 'norton'),
  en('do i need to log in to norton', 'norton'),

  // Prism TV
  en('change my prism tv package', 'prism-tv', 'change-service'),
  en('prism upgrade channels', 'prism-tv', 'change-service'),
  en('schedule dvr remotely', 'prism-tv', 'schedule-dvr'),
  en('record a show on my prism dvr from work', 'prism-tv', 'schedule-dvr'),

  // Verizon Wireless
  en('verizon wireless forgot user id', 'verizon-wireless'),
  en('log in to my verizon cell phone account', 'verizon-wireless'),
  en('verizon reset password', 'verizon-wireless'),

  // DIRECTV
  en('directv forgot password', 'directv'),
  en('directv phone number', 'directv'),
  en('what is my direct tv username', 'directv'),

  // MSN
  en('msn email sign in', 'msn', 'where-to-sign-in'),
  en('hotmail no longer supported', 'msn', 'where-to-sign-in'),
  en('msn solution center phone number', 'msn', 'where-to-sign-in'),
  en('hotmail password is right but cant sign in', 'msn', 'still-locked-out'),
  en('what is my msn username', 'msn', 'still-locked-out'),

  // Repair Ticket
  en('find my repair ticket number', 'repair-ticket', 'check-ticket'),
  en('cancel repair ticket', 'repair-ticket', 'check-ticket'),
  en('check technician status today', 'repair-ticket', 'check-ticket'),
  en('troubleshooter doesnt recognize my account number', 'repair-ticket', 'not-recognized'),
  en('repair ticket zip code not recognized', 'repair-ticket', 'not-recognized'),

  // Voice Mail
  en('forgot voicemail password', 'voice-mail', 'forgot-password'),
  en('reset voice mail pasword', 'voice-mail', 'forgot-password'),
  en('new customer set up voicemail', 'voice-mail', 'never-set-up'),

  // Long distance
  en('pay long distance bill online', 'long-distance', 'sign-in'),
  en('long distance login', 'long-distance', 'sign-in'),
  en('what can i do after logging in to long distance', 'long-distance', 'sign-in'),
  en('forgot long distance username', 'long-distance', 'forgot-login'),
  en('long distance forgot username and password', 'long-distance', 'forgot-login'),
  en('mail me my long distance security code', 'long-distance', 'security-code'),
  en('forgot online security code', 'long-distance', 'security-code'),
  en('get my security code emailed to me', 'long-distance', 'security-code'),
  en('why wont the agent give me my security code', 'long-distance', 'security-code'),
  en('right password but locked out of long distance', 'long-distance', 'still-locked-out'),
  en('what is the long distance security code', 'long-distance', 'what-is-security-code'),

  // Update Center
  en('update center temporary pin 1234', 'update-center', 'new-customer'),
  en('new customer dial 78 pin', 'update-center', 'new-customer'),
  en('already have my pin how do i call the update center', 'update-center', 'existing-customer'),
  en('update center 888 area code 8052 example', 'update-center', 'existing-customer'),
  en('forgot my update center pin', 'update-center', 'security-code'),
  en('update center phone number for area code 458', 'update-center', 'area-codes'),
  en('update centre minnesota 763', 'update-center', 'area-codes'),
  en('which number for update center in oregon 971', 'update-center', 'area-codes'),

  // Spanish
  es('olvidé mi contraseña de correo', 'email', 'forgot-password'),
  es('olvide mi nombre de usuario del correo', 'email', 'forgot-username'),
  es('configurar correo electronico nuevo', 'email', 'never-set-up'),
  es('ya no tengo acceso al correo de mi cuenta', 'my-account', 'no-email-access'),
  es('historial de autopay', 'autopay'),
  es('descargar norton', 'norton'),
  es('programar dvr a distancia', 'prism-tv', 'schedule-dvr'),
  es('cambiar paquete de prism', 'prism-tv', 'change-service'),
  es('directv nombre de usuario', 'directv'),
  es('verizon olvidé mi id de usuario', 'verizon-wireless'),
  es('iniciar sesión en hotmail msn', 'msn', 'where-to-sign-in'),
  es('numero de orden de reparacion', 'repair-ticket', 'check-ticket'),
  es('no reconoce mi número de cuenta reparación', 'repair-ticket', 'not-recognized'),
  es('olvide la contraseña del buzon de voz', 'voice-mail', 'forgot-password'),
  es('cliente nuevo configurar buzón de voz', 'voice-mail', 'never-set-up'),
  es('perdí mi código de seguridad de larga distancia', 'long-distance', 'security-code'),
  es('el agente me puede decir el codigo por telefono', 'long-distance', 'security-code'),
  es('contraseña correcta pero no puedo entrar larga distancia', 'long-distance', 'still-locked-out'),
  es('que es el codigo de seguridad en linea', 'long-distance', 'what-is-security-code'),
  es('numero del update center iowa', 'update-center', 'area-codes'),
  es('olvidé mi código de seguridad del update center', 'update-center', 'security-code'),
  es('pin temporal 1234', 'update-center', 'new-customer'),
];
