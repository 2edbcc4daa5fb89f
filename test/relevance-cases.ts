/**
 * Search relevance tables: what locked-out customers type into the "Can't
 * sign in?" panel, and the answer that must come first.
 *
 * How they were written:
 * - In customers' own words, not the content's: lower case, typos
 *   ("pasword", "emial", "acount"), no apostrophes ("cant", "wont"),
 *   everyday words ("locked out", "sign up", "telemarketer calls"), vague
 *   complaints ("cant log in"), a service named in passing ("my directv wont
 *   let me log in", "hot mail", "vm password"), and Spanish as people type it
 *   (mostly without accents: "olvide mi clave", "no puedo ingresar a mi
 *   correo", "telemercadeo"), with a little Spanglish.
 * - Independently of the ranking: every `want` was chosen by reading the
 *   seed (../shared/seeds/000_f3d6f3cd1e5365f5.txt) and src/content/en.ts /
 *   es.ts, never by running the search, and no query was changed to fit what
 *   the search returns today. A failing case is a finding about the search,
 *   not about the table.
 * - `want` is "topic/section", or "topic" for a topic without sections
 *   (autopay, norton, verizon-wireless, directv). A list only where the
 *   query is truly ambiguous between equally right answers (no service named):
 *   any of them first is right; the most likely one is listed first. And
 *   where the query is only a service's name ("hot mail"): the panel then
 *   opens the whole service, its questions and every answer (a design of
 *   #10, tested in sections.test.ts), so the topic is right too.
 * - `unansweredCases` are things locked-out customers ask that the seed does
 *   not answer (2-step codes, wifi, other companies' logins, outages...): the
 *   panel should not pretend to answer them.
 */
export interface RelevanceCase {
  query: string;
  lang: 'en' | 'es';
  /** The answer that must come first: "topic/section" or "topic" (no sections). Several only where the query is truly ambiguous between equally right answers (e.g. "forgot username" with no service named: any answer that retrieves a username). */
  want: string | string[];
}
export interface UnansweredCase {
  query: string;
  lang: 'en' | 'es';
}

const en = (query: string, want: string | string[]): RelevanceCase => ({ query, lang: 'en', want });
const es = (query: string, want: string | string[]): RelevanceCase => ({ query, lang: 'es', want });

// Shared answer lists for queries that name no service.

/** Answers that retrieve a username (not My Account's, which only says to check it). */
const USERNAME = ['email/forgot-username', 'long-distance/forgot-login', 'directv', 'msn/still-locked-out'];
/** CenturyLink's own password resets, My Account first. */
const PASSWORD = ['my-account/forgot-password', 'email/forgot-password', 'voice-mail/forgot-password', 'long-distance/forgot-login'];
/** Where the seed offers to create an account. */
const SIGN_UP = ['directv', 'prism-tv/schedule-dvr', 'email/never-set-up'];
/** Where the seed resets a forgotten security code or PIN. */
const SECURITY_CODE = ['long-distance/security-code', 'update-center/security-code'];

export const relevanceCases: RelevanceCase[] = [
  // ================================================================ English

  // ---------------------------------------------------------------- No service named
  en('cant log in to my account', 'my-account/forgot-password'),
  en('cant log in', 'my-account/forgot-password'),
  en('where do i log in', 'my-account/forgot-password'),
  en('locked out of my acount', 'my-account/forgot-password'),
  en('it wont let me in', 'my-account/forgot-password'),
  en('centurylink login not working', 'my-account/forgot-password'),
  en('forgot username', USERNAME),
  en('i dont remember my user name', USERNAME),
  en('forgot password', PASSWORD),
  en('forgot my pasword', PASSWORD),
  en('register', SIGN_UP),
  en('sign up', SIGN_UP),
  en('create an account', SIGN_UP),
  en('how do i make a new online account', SIGN_UP),
  en('security questions', 'email/forgot-password'),
  en('new phone number for technician', 'repair-ticket/check-ticket'),
  en('forgot my security code', SECURITY_CODE),
  en('forgot my pin', ['update-center/security-code', 'voice-mail/forgot-password']),

  // ---------------------------------------------------------------- My Account
  en('forgot my centurylink password', 'my-account/forgot-password'),
  en('reset password for my acount', 'my-account/forgot-password'),
  en('my account says wrong password', 'my-account/forgot-password'),
  en('cant sign in to myaccount', 'my-account/forgot-password'),
  en('centurylink account login help', 'my-account/forgot-password'),
  en('i dont have that email anymore', 'my-account/no-email-access'),
  en('reset link goes to my old email', 'my-account/no-email-access'),
  en('dont have access to the email on my account', 'my-account/no-email-access'),
  en('reset my password and still cant log in', 'my-account/no-email-access'),
  en('still locked out after password reset need to talk to someone', 'my-account/no-email-access'),
  en('my account email is closed how do i get in', 'my-account/no-email-access'),

  // ---------------------------------------------------------------- AutoPay
  en('auto pay login', 'autopay'),
  en('where do i sign in for autopay', 'autopay'),
  en('autopay password', 'autopay'),
  en('did my autopay go thru', 'autopay'),
  en('see my automatic payments', 'autopay'),
  en('autopay history', 'autopay'),
  en('check if my auto payment went through', 'autopay'),
  en('is there a separate login for auto pay', 'autopay'),
  en('recurring payment status', 'autopay'),
  en('cant find my autopay account', 'autopay'),

  // ---------------------------------------------------------------- Email
  en('emial pasword forgot', 'email/forgot-password'),
  en('forgot my e-mail password', 'email/forgot-password'),
  en('reset centurylink.net password', 'email/forgot-password'),
  en('webmail wont let me in forgot password', 'email/forgot-password'),
  en('dont remember answers to my secret questions email', 'email/forgot-password'),
  en('what do i need to reset my email pasword', 'email/forgot-password'),
  en('forgot my email username', 'email/forgot-username'),
  en('what is my user name for centurylink email', 'email/forgot-username'),
  en('webmail username', 'email/forgot-username'),
  en('is my email username the whole address', 'email/forgot-username'),
  en('sign up for email', 'email/never-set-up'),
  en('create a centurylink email address', 'email/never-set-up'),
  en('new customer cant log in to email', 'email/never-set-up'),
  en('how do i get a centurylink e-mail', 'email/never-set-up'),
  en('set up my emial account', 'email/never-set-up'),

  // ---------------------------------------------------------------- Norton
  en('norton login', 'norton'),
  en('norton antivirus sign in', 'norton'),
  en('nortan wont let me log in', 'norton'),
  en('how do i get norton', 'norton'),
  en('download antivirus from centurylink', 'norton'),
  en('norton free with my internet', 'norton'),
  en('where is my norton account', 'norton'),
  en('norton asks for activation letter', 'norton'),
  en('anti virus download account number', 'norton'),
  en('install norton on new computer', 'norton'),

  // ---------------------------------------------------------------- Prism TV
  en('prism tv login', 'prism-tv/change-service'),
  en('change my prism package', 'prism-tv/change-service'),
  en('add channels to prism', 'prism-tv/change-service'),
  en('downgrade my tv package prism', 'prism-tv/change-service'),
  en('see my prism bill', 'prism-tv/change-service'),
  en('forgot prism password', ['prism-tv/change-service', 'prism-tv/schedule-dvr']),
  en('record shows from my phone', 'prism-tv/schedule-dvr'),
  en('remote dvr login', 'prism-tv/schedule-dvr'),
  en('prism dvr website sign up', 'prism-tv/schedule-dvr'),
  en('forgot my dvr password', 'prism-tv/schedule-dvr'),
  en('tv listings online prism', 'prism-tv/schedule-dvr'),
  en('set my dvr when im not home', 'prism-tv/schedule-dvr'),

  // ---------------------------------------------------------------- Verizon Wireless
  en('verizon wireless login', 'verizon-wireless'),
  en('verizon forgot user id', 'verizon-wireless'),
  en('verison password reset', 'verizon-wireless'),
  en('cell phone account wont let me log in', 'verizon-wireless'),
  en('change my verizon plan', 'verizon-wireless'),
  en('how do i contact verizon wireless', 'verizon-wireless'),
  en('centurylink verizon wireless sign in', 'verizon-wireless'),
  en('my verizon wirelss account locked', 'verizon-wireless'),
  en('wireless phone login', 'verizon-wireless'),
  en('forgot my verizon user name', 'verizon-wireless'),

  // ---------------------------------------------------------------- DIRECTV
  en('direct tv login', 'directv'),
  en('my directv wont let me log in', 'directv'),
  en('directv forgot pasword', 'directv'),
  en('what is my direct tv username', 'directv'),
  en('create directv online account', 'directv'),
  en('sign up for directv online', 'directv'),
  en('directv phone number', 'directv'),
  en('change my directv package', 'directv'),
  en('satellite tv account sign in', 'directv'),
  en('is my directv username my email', 'directv'),
  en('register direct tv account', 'directv'),

  // ---------------------------------------------------------------- MSN
  // Only a service's name: the whole service is the answer (see the header).
  en('hot mail', ['msn', 'msn/where-to-sign-in']),
  en('hotmail login', 'msn/where-to-sign-in'),
  en('msn dial up account', 'msn/where-to-sign-in'),
  en('windows live sign in', 'msn/where-to-sign-in'),
  en('msn premium doesnt work anymore', 'msn/where-to-sign-in'),
  en('forgot my msn password', 'msn/where-to-sign-in'),
  en('msn support phone number', 'msn/where-to-sign-in'),
  en('msn email says wrong password', 'msn/still-locked-out'),
  en('hotmail password is right but wont sign in', 'msn/still-locked-out'),
  en('do i type the whole email address for msn', 'msn/still-locked-out'),
  en('what is my username for hotmail', 'msn/still-locked-out'),
  en('live.com login keeps failing with correct password', 'msn/still-locked-out'),

  // ---------------------------------------------------------------- Repair Ticket
  en('new phone number for the tech', 'repair-ticket/check-ticket'),
  en('find my repair ticket number', 'repair-ticket/check-ticket'),
  en('when is the technician coming', 'repair-ticket/check-ticket'),
  en('cancel my install appointment', 'repair-ticket/check-ticket'),
  en('cancel repair ticket', 'repair-ticket/check-ticket'),
  en('log in to check my repair', 'repair-ticket/check-ticket'),
  en('run a line test', 'repair-ticket/check-ticket'),
  en('tech has my old phone number', 'repair-ticket/check-ticket'),
  en('repair tool says account not found', 'repair-ticket/not-recognized'),
  en('zip code doesnt work on repair page', 'repair-ticket/not-recognized'),
  en('troubleshooter wont accept my account number', 'repair-ticket/not-recognized'),
  en('repair ticket login error', 'repair-ticket/not-recognized'),

  // ---------------------------------------------------------------- Voice Mail
  en('vm password', 'voice-mail/forgot-password'),
  en('forgot voicemial password', 'voice-mail/forgot-password'),
  en('reset my voice mail pasword', 'voice-mail/forgot-password'),
  en('cant get into my voicemail forgot password', 'voice-mail/forgot-password'),
  en('voice mail password reset', 'voice-mail/forgot-password'),
  en('forgot mailbox password home phone', 'voice-mail/forgot-password'),
  en('how do i set up voicemail', 'voice-mail/never-set-up'),
  en('new customer cant get my messages', 'voice-mail/never-set-up'),
  en('voicemail not set up yet', 'voice-mail/never-set-up'),
  en('activate voice mail new service', 'voice-mail/never-set-up'),
  en('voice mail login', ['voice-mail/forgot-password', 'voice-mail/never-set-up']),

  // ---------------------------------------------------------------- Long distance
  en('long distance login', 'long-distance/sign-in'),
  en('pay my long distance bill online', 'long-distance/sign-in'),
  en('change payment method long distance', 'long-distance/sign-in'),
  en('where do i sign in for long distance', 'long-distance/sign-in'),
  en('forgot long distance username', 'long-distance/forgot-login'),
  en('long distance forgot pasword', 'long-distance/forgot-login'),
  en('what do i need to get my long distance login back', 'long-distance/forgot-login'),
  en('long distance account cant remember user name or password', 'long-distance/forgot-login'),
  en('mail me my long distance security code', 'long-distance/security-code'),
  en('lost my long distance code', 'long-distance/security-code'),
  en('why cant the rep tell me my security code over the phone', 'long-distance/security-code'),
  en('email me my security code long distance', 'long-distance/security-code'),
  en('right password but cant get in long distance', 'long-distance/still-locked-out'),
  en('long distance account locked password is correct', 'long-distance/still-locked-out'),
  en('long distance wont take my password but i know its right', 'long-distance/still-locked-out'),
  en('which security code is long distance asking for', 'long-distance/what-is-security-code'),
  en('what is the online security code', 'long-distance/what-is-security-code'),
  en('is the long distance code same as my other pin', 'long-distance/what-is-security-code'),

  // ---------------------------------------------------------------- Update Center
  en('telemarketer calls', ['update-center', 'update-center/existing-customer']),
  en('stop telemarketers', ['update-center', 'update-center/existing-customer']),
  en('no solicitation', ['update-center', 'update-center/existing-customer']),
  en('change my no solicitation setting', 'update-center/existing-customer'),
  en('security screen feature how to manage', 'update-center/existing-customer'),
  en('how do i call the update center', 'update-center/existing-customer'),
  en('update center from another phone', 'update-center/existing-customer'),
  en('update center pin 1234', 'update-center/new-customer'),
  en('new customer set up update center pin', 'update-center/new-customer'),
  en('recording says dial 78 from my home number', 'update-center/new-customer'),
  en('forgot update center pin', 'update-center/security-code'),
  en('reset my update centre security code', 'update-center/security-code'),
  en('update center number arizona', 'update-center/area-codes'),
  en('928 update center', 'update-center/area-codes'),
  en('update center phone number oregon 458', 'update-center/area-codes'),
  en('minnesota 952 update center number', 'update-center/area-codes'),

  // ================================================================ Spanish

  // ---------------------------------------------------------------- Sin servicio
  es('olvidé mi clave', PASSWORD),
  es('olvide mi clave', PASSWORD),
  es('olvide mi contrasena', PASSWORD),
  es('no puedo acceder a mi cuenta', 'my-account/forgot-password'),
  es('no puedo ingresar', 'my-account/forgot-password'),
  es('no puedo entrar a mi cuenta', 'my-account/forgot-password'),
  es('donde inicio sesion', 'my-account/forgot-password'),
  es('olvide mi usuario', USERNAME),
  es('no me acuerdo de mi nombre de usuario', USERNAME),
  es('registrarme', SIGN_UP),
  es('crear una cuenta', SIGN_UP),
  es('como me registro', SIGN_UP),
  es('preguntas de seguridad', 'email/forgot-password'),
  es('nuevo numero de telefono para el tecnico', 'repair-ticket/check-ticket'),
  es('olvide mi codigo de seguridad', SECURITY_CODE),

  // ---------------------------------------------------------------- My Account
  es('olvide la clave de my account', 'my-account/forgot-password'),
  es('restablecer contrasena de mi cuenta centurylink', 'my-account/forgot-password'),
  es('mi cuenta dice clave incorrecta', 'my-account/forgot-password'),
  es('ya no tengo ese correo', 'my-account/no-email-access'),
  es('el enlace para cambiar la clave llega a un correo viejo', 'my-account/no-email-access'),
  es('cambie la clave y sigo sin poder acceder', 'my-account/no-email-access'),

  // ---------------------------------------------------------------- AutoPay
  es('como entro a autopay', 'autopay'),
  es('clave de pago automatico', 'autopay'),
  es('ver si se hizo mi pago automatico', 'autopay'),
  es('historial de auto pay', 'autopay'),

  // ---------------------------------------------------------------- Email
  es('no puedo ingresar a mi correo', 'email/forgot-password'),
  es('olvide la clave de mi correo', 'email/forgot-password'),
  es('restablecer contrasena del email', 'email/forgot-password'),
  es('no me acuerdo de las preguntas secretas del correo', 'email/forgot-password'),
  es('olvide mi usuario del correo', 'email/forgot-username'),
  es('cual es mi nombre de usuario de correo centurylink', 'email/forgot-username'),
  es('crear correo electronico centurylink', 'email/never-set-up'),
  es('soy cliente nuevo y no puedo entrar al correo', 'email/never-set-up'),
  es('registrarme para el correo', 'email/never-set-up'),

  // ---------------------------------------------------------------- Norton
  es('como entro a norton', 'norton'),
  es('descargar antivirus norton', 'norton'),
  es('norton me pide la carta de activacion', 'norton'),
  es('instalar el antivirus de centurylink', 'norton'),

  // ---------------------------------------------------------------- Prism TV
  es('cambiar mi paquete de prism', 'prism-tv/change-service'),
  es('agregar canales prism tv', 'prism-tv/change-service'),
  es('ver factura de prism', 'prism-tv/change-service'),
  es('grabar programas desde el celular', 'prism-tv/schedule-dvr'),
  es('olvide la clave del dvr', 'prism-tv/schedule-dvr'),
  es('programar el dvr cuando no estoy en casa', 'prism-tv/schedule-dvr'),

  // ---------------------------------------------------------------- Verizon Wireless
  es('iniciar sesion en verizon', 'verizon-wireless'),
  es('olvide mi id de usuario de verizon', 'verizon-wireless'),
  es('clave de mi celular verizon wireless', 'verizon-wireless'),
  es('contactar a verizon', 'verizon-wireless'),

  // ---------------------------------------------------------------- DIRECTV
  es('no puedo entrar a directv', 'directv'),
  es('olvide mi clave de direct tv', 'directv'),
  es('crear cuenta en directv', 'directv'),
  es('telefono de directv', 'directv'),
  es('mi usuario de directv es mi correo', 'directv'),

  // ---------------------------------------------------------------- MSN
  es('entrar a hotmail', 'msn/where-to-sign-in'),
  es('correo msn ya no funciona', 'msn/where-to-sign-in'),
  es('olvide la clave de msn', 'msn/where-to-sign-in'),
  es('hotmail dice clave incorrecta pero es correcta', 'msn/still-locked-out'),
  es('tengo que poner el correo completo en msn', 'msn/still-locked-out'),

  // ---------------------------------------------------------------- Repair Ticket
  es('cambiar el telefono que tiene el tecnico', 'repair-ticket/check-ticket'),
  es('a que hora llega el tecnico', 'repair-ticket/check-ticket'),
  es('cancelar la instalacion', 'repair-ticket/check-ticket'),
  es('numero de ticket de reparacion', 'repair-ticket/check-ticket'),
  es('no reconoce mi numero de cuenta en reparaciones', 'repair-ticket/not-recognized'),
  es('codigo postal no funciona reparacion', 'repair-ticket/not-recognized'),

  // ---------------------------------------------------------------- Voice Mail
  es('clave del buzon de voz', 'voice-mail/forgot-password'),
  es('olvide la contrasena del voicemail', 'voice-mail/forgot-password'),
  es('no puedo acceder a mis mensajes de voz olvide la clave', 'voice-mail/forgot-password'),
  es('como configuro el buzon de voz', 'voice-mail/never-set-up'),
  es('cliente nuevo no puedo escuchar mis mensajes', 'voice-mail/never-set-up'),

  // ---------------------------------------------------------------- Long distance
  es('larga distancia iniciar sesion', 'long-distance/sign-in'),
  es('pagar mi factura de larga distancia', 'long-distance/sign-in'),
  es('olvide mi usuario de larga distancia', 'long-distance/forgot-login'),
  es('olvide la clave de larga distancia', 'long-distance/forgot-login'),
  es('que necesito para recuperar mi usuario de larga distancia', 'long-distance/forgot-login'),
  es('enviar mi codigo de seguridad por correo larga distancia', 'long-distance/security-code'),
  es('por que el agente no me dice el codigo por telefono', 'long-distance/security-code'),
  es('clave correcta y no puedo entrar a larga distancia', 'long-distance/still-locked-out'),
  es('se bloqueo mi cuenta de larga distancia y la contrasena esta bien', 'long-distance/still-locked-out'),
  es('que codigo de seguridad me pide larga distancia', 'long-distance/what-is-security-code'),
  es('el codigo de larga distancia es el mismo que mi pin', 'long-distance/what-is-security-code'),

  // ---------------------------------------------------------------- Update Center
  es('telemercadeo', ['update-center', 'update-center/existing-customer']),
  es('bloquear llamadas de telemercadeo', ['update-center', 'update-center/existing-customer']),
  es('como llamo al update center', 'update-center/existing-customer'),
  es('activar no solicitation en mi linea', 'update-center/existing-customer'),
  es('olvide el numero para cambiar mis funciones de llamada', 'update-center/existing-customer'),
  es('pin temporal 1234 cliente nuevo', 'update-center/new-customer'),
  es('me dice que marque 78 desde mi numero de casa', 'update-center/new-customer'),
  es('olvide el pin del update center', 'update-center/security-code'),
  es('numero del update center en oregon', 'update-center/area-codes'),
  es('update center codigo de area 641', 'update-center/area-codes'),
];

/** Things locked-out customers ask that the seed does not answer. */
export const unansweredCases: UnansweredCase[] = [
  // ---------------------------------------------------------------- English
  { query: '2-step verification code not arriving', lang: 'en' },
  // The issue's own example (#17).
  { query: 'my internet is down', lang: 'en' },
  { query: 'text message code never came', lang: 'en' },
  { query: 'change my wifi password', lang: 'en' },
  { query: 'router admin password', lang: 'en' },
  { query: 'xfinity login', lang: 'en' },
  { query: 'slow internet', lang: 'en' },
  { query: 'is there an outage in my area', lang: 'en' },
  { query: 'facebook login', lang: 'en' },
  { query: 'netflix wont sign in', lang: 'en' },
  { query: 'gmail password', lang: 'en' },
  { query: 'apple id locked', lang: 'en' },
  { query: 'my bank account login', lang: 'en' },
  { query: 'cancel my internet service', lang: 'en' },
  { query: 'moving to a new address', lang: 'en' },
  { query: 'how do i change my wifi name', lang: 'en' },
  { query: 'turn off two factor authentication', lang: 'en' },
  { query: 'roku sign in', lang: 'en' },

  // ---------------------------------------------------------------- Spanish
  { query: 'código de verificación en dos pasos', lang: 'es' },
  { query: 'no me llega el codigo por mensaje de texto', lang: 'es' },
  { query: 'cambiar la clave del wifi', lang: 'es' },
  { query: 'contrasena del router', lang: 'es' },
  { query: 'internet lento', lang: 'es' },
  { query: 'hay una falla de internet en mi zona', lang: 'es' },
  { query: 'iniciar sesion en facebook', lang: 'es' },
  { query: 'cancelar mi servicio de internet', lang: 'es' },
  { query: 'me voy a mudar', lang: 'es' },
];
