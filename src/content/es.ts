/**
 * The built-in Spanish content: a US-Spanish translation (usted form, as on
 * CenturyLink's Spanish pages) of the English content in ./en.ts, itself the
 * whole of CenturyLink's help page "Can't login to my account"
 * (../shared/seeds/000_f3d6f3cd1e5365f5.txt).
 *
 * Kept identical to en.ts: topic ids and order, section ids and order, block
 * types and structure, number of list/steps items and table rows, phone
 * numbers (per section), destination keys, the `destinations` map and
 * `related`. Section questions are asked in the usted form too. Brand and product names stay in
 * English (My Account, AutoPay, Norton™ AntiVirus, Prism® TV, Update Center…).
 * Keywords list what Spanish speakers type, with and without accents, plus
 * common English loan words (email, login, password, voicemail, pin).
 * One word for one thing, in questions and answers alike:
 * - "troubleshooter tool" is "herramienta de solución de problemas" (the
 *   "agente de reparaciones" of the Update Center is a person, not the tool).
 * - "billing statement" (Prism) is "estado de cuenta"; "bill" (Long Distance,
 *   Norton's "a CenturyLink bill") is "factura". ("Facturación" is "billing",
 *   as in "número de teléfono de facturación".)
 * - "Larga Distancia" is capitalised where the English capitalises "Long
 *   Distance", the product's name (CenturyLink Long Distance: its account, its
 *   log in page); "larga distancia" is lower case where the English is (the
 *   generic service, "cuenta de larga distancia en línea"); the topic title,
 *   like the English "Long distance", is in sentence case: "Larga distancia".
 * Edit en.ts first, then this file to match.
 */
import { en } from './en.js';
import type { ContentInput } from './schema.js';

export const es = {
  schemaVersion: 2,
  lang: 'es',
  title: '¿No puede iniciar sesión?',
  intro:
    'Puede ser muy frustrante necesitar entrar a su cuenta y no recordar su nombre de usuario, su contraseña o incluso dónde iniciar sesión. Permítanos ayudarle.',

  // Words and phrases customers use for the same thing (search reads each
  // group as one word); see en.ts. Product names customers type in English
  // are here too.
  synonyms: [
    ['my account', 'myaccount', 'mi cuenta', 'cuenta de centurylink', 'centurylink account', 'clave de centurylink', 'contrasena de centurylink'],
    // Not My Account: the number on a bill.
    ['numero de cuenta', 'mi numero de cuenta', 'account number'],
    ['autopay', 'auto pay', 'pago automatico', 'pagos automaticos'],
    ['directv', 'direct tv', 'dtv'],
    ['msn', 'hotmail', 'hot mail', 'windows live'],
    ['dialup', 'dial up', 'acceso telefonico'],
    ['voicemail', 'buzon de voz', 'correo de voz', 'mensajes de voz', 'voice mail', 'buzon'],
    ['larga distancia', 'long distance', 'ld'],
    ['prism', 'prism tv'],
    ['verizon', 'verizon wireless'],
    ['antivirus', 'anti virus'],
    ['tecnico', 'tecnicos', 'technician'],
    ['orden de reparacion', 'reparacion', 'reparaciones', 'ticket de reparacion', 'reporte de reparacion'],
    // The seed's "puede crear una" (an online account for DIRECTV and the DVR website).
    ['signup', 'crear una', 'cuenta nueva', 'nueva cuenta'],
    ['preguntas secretas', 'preguntas de seguridad', 'pregunta secreta', 'pregunta de seguridad'],
    // "No solicitation" is the calling feature that stops telemarketers.
    ['no solicitation', 'telemercadeo', 'telemercadeos', 'telemarketing', 'vendedores por telefono', 'llamadas de ventas', 'no llamar'],
    ['direccion completa', 'direccion de correo completa', 'correo completo'],
    ['no reconoce', 'no me reconoce', 'no acepta', 'no encuentra', 'no es valido'],
    // A refused password the customer believes is right.
    ['contrasena incorrecta', 'clave incorrecta', 'contrasena correcta', 'clave correcta', 'contrasena equivocada', 'clave equivocada', 'wrong password'],
  ],

  // The same addresses as the English content (the pages behind them are CenturyLink's).
  destinations: en.destinations,

  contact: {
    title: '¿Todavía necesita ayuda?',
    content: ['Chatee con nosotros o comuníquese con CenturyLink para obtener ayuda con su cuenta.'],
    actions: [
      { type: 'chat', text: 'Chatee con nosotros' },
      { type: 'destination', text: 'Comuníquese con CenturyLink', destination: 'contact' },
    ],
  },

  topics: [
    // ---------------------------------------------------------------- My Account
    {
      id: 'my-account',
      title: 'My Account',
      summary: 'Verifique su nombre de usuario, restablezca su contraseña o chatee con nosotros sobre My Account.',
      keywords: [
        'my account',
        'mi cuenta',
        'cuenta de centurylink',
        'iniciar sesión',
        'inicio de sesión',
        'login',
        'nombre de usuario',
        'usuario',
        'contraseña',
        'password',
        'olvidé mi contraseña',
        'restablecer contraseña',
        'no puedo entrar',
        'cuenta bloqueada',
        'correo asociado',
      ],
      blocks: [],
      // Structure rebuilt: the seed's one paragraph answers two situations (see en.ts).
      sections: [
        {
          id: 'forgot-password',
          question: '¿No puede iniciar sesión en My Account u olvidó su contraseña?',
          keywords: ['olvidé mi contraseña', 'restablecer contraseña', 'contraseña incorrecta', 'no puedo entrar'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si está intentando iniciar sesión en My Account, confirme que está usando el nombre de usuario correcto y, si es así, intente ',
                { type: 'destination', text: 'restablecer su contraseña', destination: 'my-account-reset' }, // seed lost the address
                '.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Restablezca su contraseña', destination: 'my-account-reset' }], // seed lost the address
            },
          ],
        },
        {
          id: 'no-email-access',
          question: '¿Ya no tiene acceso al correo de su cuenta o sigue sin poder entrar?',
          keywords: ['ya no tengo acceso al correo', 'correo viejo', 'correo anterior', 'sigo sin poder entrar', 'cuenta bloqueada', 'chat'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si ya no tiene acceso al correo electrónico asociado con su cuenta, o si todavía no puede iniciar sesión, ',
                { type: 'chat', text: 'chatee con nosotros' },
                '.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chatee con nosotros' }] },
          ],
        },
      ],
      related: ['autopay', 'email', 'prism-tv'],
    },

    // ---------------------------------------------------------------- AutoPay
    {
      id: 'autopay',
      // Heading rebuilt: the seed lost this section's heading.
      title: 'AutoPay',
      summary: 'Consulte su historial de AutoPay y el estado de sus pagos en My Account.',
      keywords: [
        'autopay',
        'auto pay',
        'pago automático',
        'pagos automáticos',
        'débito automático',
        'factura',
        'facturación',
        'pago',
        'pagar factura',
        'historial de pagos',
        'estado del pago',
        'pago recurrente',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'No se inicia sesión en AutoPay como tal. Usted inicia sesión en ',
            { type: 'destination', text: 'My Account', destination: 'my-account' }, // seed lost the address
            ' y, desde allí, puede ver el estado de sus pagos, incluido su historial de AutoPay.',
          ],
        },
        {
          type: 'actions',
          items: [{ type: 'destination', text: 'Inicie sesión en My Account', destination: 'my-account' }],
        },
      ],
      related: ['my-account', 'long-distance'],
    },

    // ---------------------------------------------------------------- Email
    {
      id: 'email',
      // Heading rebuilt: the seed lost this section's heading.
      title: 'Correo electrónico de CenturyLink',
      summary: 'Restablezca la contraseña de su correo electrónico de CenturyLink, encuentre su nombre de usuario o configure su correo.',
      keywords: [
        'correo electrónico',
        'correo',
        'email',
        'e-mail',
        'webmail',
        'centurylink.net',
        'bandeja de entrada',
        'contraseña del correo',
        'olvidé la contraseña del correo',
        'preguntas secretas',
        'preguntas de seguridad',
        'usuario del correo',
        'configurar correo',
        'correo nuevo',
        'password',
      ],
      blocks: [],
      // Structure rebuilt: one section per situation of the seed's three paragraphs.
      sections: [
        {
          id: 'forgot-password',
          question: '¿Olvidó la contraseña de su correo electrónico?',
          keywords: ['olvidé la contraseña del correo', 'restablecer contraseña del correo', 'contraseña del correo', 'no puedo entrar a mi correo', 'preguntas secretas', 'número de teléfono de facturación'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si está intentando acceder a su cuenta de correo electrónico de CenturyLink pero no recuerda su contraseña, puede ',
                { type: 'destination', text: 'restablecerla', destination: 'email-password-reset' }, // seed lost the address
                '. Necesitará su número de teléfono de facturación de 10 dígitos, su dirección de correo electrónico de CenturyLink y las respuestas correctas a sus dos preguntas secretas. Cuando esté listo, vaya a la ',
                {
                  type: 'destination',
                  text: 'página para restablecer la contraseña del correo electrónico de CenturyLink',
                  destination: 'email-password-reset',
                }, // seed lost the address
                '.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Restablezca la contraseña de su correo', destination: 'email-password-reset' }], // seed lost the address
            },
          ],
        },
        {
          id: 'forgot-username',
          question: '¿Olvidó su nombre de usuario del correo electrónico?',
          keywords: ['olvidé mi nombre de usuario', 'nombre de usuario del correo', 'usuario del correo', 'cuál es mi usuario'],
          blocks: [
            {
              type: 'paragraph',
              content: ['Si olvidó su nombre de usuario, puede ', { type: 'chat', text: 'chatear para obtener ayuda' }, '.'],
            },
            {
              // The seed lost the example after "For instance,": rebuilt with a made-up address.
              type: 'tip',
              content: [
                'Su nombre de usuario es la primera parte de su dirección de correo electrónico. Por ejemplo, si su dirección de correo electrónico es jsmith@centurylink.net, su nombre de usuario es jsmith.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chatee con nosotros' }] },
          ],
        },
        {
          id: 'never-set-up',
          question: '¿Nunca configuró su correo electrónico?',
          keywords: ['configurar correo', 'crear correo', 'correo nuevo', 'cuenta de correo nueva', 'cliente nuevo', 'nuevo en centurylink', 'registrarme en el correo'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si es nuevo en CenturyLink y no ha configurado su cuenta de correo electrónico, no podrá iniciar sesión hasta que la ',
                { type: 'destination', text: 'configure', destination: 'email-setup' }, // seed lost the address
                '. Solo toma unos minutos crear una dirección de correo electrónico, un nombre de usuario y una contraseña.',
              ],
            },
          ],
        },
      ],
      related: ['my-account', 'msn', 'norton'],
    },

    // ---------------------------------------------------------------- Norton
    {
      id: 'norton',
      title: 'Norton™ Antivirus',
      summary: 'No se inicia sesión en Norton: descárguelo después de validar su identidad.',
      keywords: [
        'norton',
        'antivirus',
        'anti-virus',
        'virus',
        'software de seguridad',
        'descargar',
        'descarga',
        'instalar norton',
        'internet de alta velocidad',
        'high-speed internet',
        'hsi',
        'carta de activación',
        'número de cuenta',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'Si tiene el software Norton AntiVirus como parte de su servicio de Internet de Alta Velocidad (High-Speed Internet) de CenturyLink, no necesita iniciar sesión en nada para acceder a él. En cambio, necesita ',
            { type: 'destination', text: 'descargarlo', destination: 'norton-download' }, // seed lost the address
            '. Antes de poder comenzar el proceso de descarga, deberá validar su identidad. Se le pedirá que proporcione/consulte: (1) su número de cuenta y (2) su carta de activación de HSI, una factura de CenturyLink o sus datos de inicio de sesión de ',
            // The seed lost both links here: rebuilt as CenturyLink email and My Account.
            { type: 'destination', text: 'correo electrónico de CenturyLink', destination: 'email' }, // seed lost the address
            ' o de ',
            { type: 'destination', text: 'My Account', destination: 'my-account' }, // seed lost the address
            '.',
          ],
        },
      ],
      related: ['my-account', 'email'],
    },

    // ---------------------------------------------------------------- Prism TV
    {
      id: 'prism-tv',
      title: 'Prism® TV',
      summary: 'Administre Prism TV en My Account o programe su DVR a distancia.',
      keywords: [
        'prism',
        'prism tv',
        'tv',
        'televisión',
        'dvr',
        'grabar',
        'grabadora',
        'dvr a distancia',
        'canales',
        'cable',
        'paquete de programación',
        'cambiar de paquete',
        'guía de programación',
        'tv listing',
      ],
      blocks: [],
      sections: [
        {
          id: 'change-service',
          question: '¿Quiere cambiar su paquete de Prism TV o ver su estado de cuenta?',
          keywords: ['cambiar paquete', 'paquete de programación', 'canales', 'mejorar', 'reducir', 'estado de cuenta', 'factura de prism', 'contraseña de prism'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Para hacer cambios en su servicio Prism, inicie sesión en ',
                { type: 'destination', text: 'My Account', destination: 'my-account' }, // seed lost the address
                '. (Si olvidó su nombre de usuario o contraseña, ',
                { type: 'destination', text: 'recupérelos/restablézcalos', destination: 'my-account-reset' }, // seed lost the address
                '.) Una vez que esté en su cuenta, puede mejorar/reducir su paquete de programación y ver su estado de cuenta.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Inicie sesión en My Account', destination: 'my-account' }], // seed lost the address
            },
          ],
        },
        {
          id: 'schedule-dvr',
          question: '¿Quiere programar su DVR a distancia?',
          keywords: ['dvr', 'grabar', 'grabar programas', 'programar grabación', 'guía de programación', 'contraseña del dvr'],
          blocks: [
            {
              // Structure rebuilt: the seed's "TIP:" is this section's whole answer (see en.ts).
              type: 'paragraph',
              content: [
                'Para programar su DVR a distancia, vaya al ',
                // The seed lost this link, address and name: named neutrally here.
                { type: 'destination', text: 'sitio web de DVR de Prism TV', destination: 'prism-tv-dvr' }, // seed lost the address
                ' e inicie sesión. Si todavía no tiene una cuenta (y es cliente de Prism), puede crear una. Si tiene una cuenta pero olvidó su contraseña, puede restablecerla. Una vez que haya iniciado sesión, verá la opción TV Listing & DVR (guía de programación y DVR) en la parte superior de la página. Si tiene preguntas, ',
                { type: 'chat', text: 'chatee con nosotros' },
                '.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chatee con nosotros' }] },
          ],
        },
      ],
      related: ['my-account', 'directv'],
    },

    // ---------------------------------------------------------------- Verizon Wireless
    {
      id: 'verizon-wireless',
      title: 'Verizon Wireless',
      summary: 'Inicie sesión en el sitio web de Verizon Wireless para administrar su cuenta inalámbrica.',
      keywords: [
        'verizon',
        'verizon wireless',
        'celular',
        'teléfono celular',
        'móvil',
        'inalámbrico',
        'id de usuario',
        'user id',
        'olvidé mi id de usuario',
        'contraseña de verizon',
        'smartphone',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'Verizon Wireless administra los aspectos cotidianos de su servicio, por lo que debe ir al ',
            { type: 'destination', text: 'sitio web de Verizon Wireless', destination: 'verizon-wireless' }, // seed lost the address
            ' para iniciar sesión y hacer cambios en su cuenta. Si olvidó sus credenciales de inicio de sesión, puede ',
            { type: 'destination', text: 'recuperar su ID de usuario', destination: 'verizon-wireless-recovery' }, // seed lost the address
            ' y ',
            { type: 'destination', text: 'restablecer su contraseña', destination: 'verizon-wireless-recovery' }, // seed lost the address
            '. Si necesita más ayuda, ',
            { type: 'destination', text: 'comuníquese directamente con Verizon Wireless', destination: 'verizon-wireless-contact' }, // seed lost the address
            '.',
          ],
        },
        {
          type: 'actions',
          items: [{ type: 'destination', text: 'Ir a Verizon Wireless', destination: 'verizon-wireless' }],
        },
      ],
      related: ['my-account', 'directv'],
    },

    // ---------------------------------------------------------------- DIRECTV
    {
      id: 'directv',
      // Heading rebuilt: the seed lost this section's heading.
      title: 'DIRECTV',
      summary: 'Inicie sesión en el sitio web de DIRECTV o llame a DIRECTV para obtener ayuda.',
      keywords: [
        'directv',
        'direct tv',
        'satélite',
        'antena',
        'antena parabólica',
        'tv satelital',
        'televisión satelital',
        'tv',
        'usuario de directv',
        'contraseña de directv',
        'cuenta de directv',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'DIRECTV administra los aspectos cotidianos de su servicio, por lo que debe ir al ',
            { type: 'destination', text: 'sitio web de DIRECTV', destination: 'directv' }, // seed lost the address
            ' para iniciar sesión y hacer cambios en su cuenta. Si todavía no tiene una cuenta en línea, puede crear una. Si olvidó sus credenciales de inicio de sesión, puede ',
            {
              type: 'destination',
              text: 'recuperar su nombre de usuario y/o restablecer su contraseña',
              destination: 'directv-recovery',
            },
            '. Si necesita ayuda, llame al ',
            { type: 'phone', number: '8005315000' },
            '.',
          ],
        },
        {
          type: 'tip',
          content: ['En las cuentas de DIRECTV, su nombre de usuario suele ser su dirección de correo electrónico.'],
        },
        {
          type: 'actions',
          items: [
            { type: 'destination', text: 'Ir a DIRECTV', destination: 'directv' }, // seed lost the address
            { type: 'phone', number: '8005315000' },
          ],
        },
      ],
      related: ['prism-tv', 'verizon-wireless'],
    },

    // ---------------------------------------------------------------- MSN
    {
      id: 'msn',
      title: 'MSN® Dial-up (acceso telefónico)',
      summary: 'MSN ya no tiene soporte: inicie sesión en MSN Support para acceder a su correo de Microsoft.',
      keywords: [
        'msn',
        'msn premium',
        'hotmail',
        'outlook',
        'live',
        'windows live',
        'dial-up',
        'acceso telefónico',
        'conexión por módem',
        'microsoft',
        'correo de microsoft',
        'msn.com',
        'live.com',
        'hotmail.com',
      ],
      blocks: [],
      sections: [
        {
          id: 'where-to-sign-in',
          question: '¿Dónde se inicia sesión ahora en MSN o Hotmail?',
          keywords: ['correo de msn', 'iniciar sesión en hotmail', 'contraseña de msn', 'ya no tiene soporte', 'msn support', 'solution center'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                // The seed lost the example domains: rebuilt as msn.com, hotmail.com and live.com.
                'Ya no brindamos soporte para MSN, MSN Premium ni Windows Live. Si tiene una dirección de correo electrónico de Microsoft® (msn.com, hotmail.com o live.com), inicie sesión en ',
                { type: 'destination', text: 'MSN Support', destination: 'msn-support' }, // seed lost the address
                ' para acceder a su cuenta. Si tiene problemas para iniciar sesión, puede ',
                { type: 'destination', text: 'obtener ayuda con su contraseña', destination: 'msn-password-help' }, // seed lost the address
                '. Si tiene otros problemas, visite el ',
                { type: 'destination', text: 'MSN Solution Center', destination: 'msn-solution-center' }, // seed lost the address
                ' o llame al ',
                { type: 'phone', number: '8003865550' },
                '.',
              ],
            },
            {
              type: 'actions',
              items: [
                { type: 'destination', text: 'Ir a MSN Support', destination: 'msn-support' }, // seed lost the address
                { type: 'phone', number: '8003865550' },
              ],
            },
          ],
        },
        {
          id: 'still-locked-out',
          question: '¿Sabe su contraseña de MSN pero aun así no puede iniciar sesión?',
          keywords: ['contraseña correcta', 'sigo sin poder entrar', 'dirección completa', 'dominio'],
          blocks: [
            {
              // Structure rebuilt: the seed's "Tip:" is this section's whole answer (see en.ts).
              // The seed lost the example domains: rebuilt as msn.com, hotmail.com, live.com.
              type: 'paragraph',
              content: [
                'Si sabe su contraseña pero aun así no puede iniciar sesión, asegúrese de estar usando el nombre de usuario correcto. Su nombre de usuario es su dirección de correo electrónico, y debe ingresar la dirección completa, incluido el dominio correcto (p. ej., msn.com, hotmail.com, live.com).',
              ],
            },
          ],
        },
      ],
      related: ['email', 'my-account'],
    },

    // ---------------------------------------------------------------- Repair Ticket
    {
      id: 'repair-ticket',
      title: 'Orden de reparación',
      summary: 'Consulte o cambie una orden de reparación con su número de cuenta y el código postal de facturación.',
      keywords: [
        'reparación',
        'orden de reparación',
        'boleta de reparación',
        'ticket',
        'técnico',
        'avería',
        'cita',
        'instalación',
        'cancelar orden',
        'prueba de servicio',
        'código postal',
        'número de cuenta',
      ],
      blocks: [],
      sections: [
        {
          id: 'check-ticket',
          question: '¿Tiene preguntas sobre su orden de reparación o quiere cambiarla?',
          keywords: ['número de orden', 'técnico', 'cita', 'instalación', 'cancelar orden', 'prueba del servicio', 'código postal', 'número de cuenta'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si tiene una orden de reparación —y tiene preguntas o quiere hacerle cambios—, use nuestra ',
                { type: 'destination', text: 'herramienta de solución de problemas', destination: 'repair-troubleshooter' }, // seed lost the address
                '. Para "iniciar sesión", deberá ingresar su número de cuenta y el código postal de facturación.',
              ],
            },
            { type: 'paragraph', content: ['Una vez que haya entrado, podrá:'] },
            {
              type: 'list',
              items: [
                ['Encontrar su número de orden'],
                ['Cambiar el número de teléfono que el técnico tiene para comunicarse con usted'],
                ['Consultar el estado de su técnico el día programado para su instalación'],
                ['Cancelar su orden y/o la instalación programada'],
              ],
            },
            {
              type: 'paragraph',
              content: ['También puede usar esta herramienta para iniciar la prueba de su servicio desde aquí ingresando la siguiente información.'],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Use la herramienta de solución de problemas', destination: 'repair-troubleshooter' }], // seed lost the address
            },
          ],
        },
        {
          id: 'not-recognized',
          question: '¿La herramienta de solución de problemas no reconoce su número de cuenta o código postal?',
          keywords: ['no reconoce', 'no reconoce mi información', 'número de cuenta incorrecto', 'código postal no funciona', 'error'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si por algún motivo el sistema no reconoce su información, ',
                { type: 'chat', text: 'comuníquese con nosotros' },
                '.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chatee con nosotros' }] },
          ],
        },
      ],
      related: ['update-center', 'my-account'],
    },

    // ---------------------------------------------------------------- Voice Mail
    {
      id: 'voice-mail',
      // Heading rebuilt: the seed lost this section's heading.
      title: 'Buzón de voz',
      summary: 'Restablezca la contraseña de su buzón de voz o configure su servicio si es cliente nuevo.',
      keywords: [
        'buzón de voz',
        'voicemail',
        'voice mail',
        'correo de voz',
        'mensajes',
        'mensajes de voz',
        'mensajes telefónicos',
        'contraseña del buzón de voz',
        'olvidé la contraseña del buzón',
        'configurar buzón de voz',
        'cliente nuevo',
      ],
      blocks: [],
      // Structure rebuilt: the seed's one paragraph answers two situations (see en.ts).
      sections: [
        {
          id: 'forgot-password',
          question: '¿Olvidó la contraseña de su buzón de voz?',
          keywords: ['olvidé la contraseña del buzón', 'contraseña del buzón de voz', 'restablecer buzón de voz', 'pin del buzón'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si está intentando iniciar sesión en su cuenta de buzón de voz (Voice Mail) de CenturyLink y olvidó su contraseña, puede ',
                { type: 'destination', text: 'restablecerla', destination: 'voice-mail-reset' }, // seed lost the address
                '.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Restablezca la contraseña de su buzón de voz', destination: 'voice-mail-reset' }], // seed lost the address
            },
          ],
        },
        {
          id: 'never-set-up',
          question: '¿Nunca configuró su buzón de voz?',
          keywords: ['cliente nuevo', 'configurar buzón de voz', 'activar buzón de voz', 'escuchar mis mensajes'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si es cliente nuevo, debe ',
                { type: 'destination', text: 'configurar su servicio', destination: 'voice-mail-setup' }, // seed lost the address
                ' antes de poder iniciar sesión y escuchar sus mensajes.',
              ],
            },
          ],
        },
      ],
      related: ['update-center', 'my-account'],
    },

    // ---------------------------------------------------------------- Long distance
    {
      id: 'long-distance',
      title: 'Larga distancia',
      summary: 'Recupere su nombre de usuario, contraseña o código de seguridad de Larga Distancia.',
      keywords: [
        'larga distancia',
        'long distance',
        'llamadas de larga distancia',
        'código de seguridad',
        'código de seguridad en línea',
        'btn',
        'número de teléfono de facturación',
        'plan de llamadas',
        'factura de larga distancia',
        'pagar larga distancia',
        'olvidé el código de seguridad',
        'nombre de usuario',
        'contraseña',
        'password',
      ],
      blocks: [],
      // Structure rebuilt: one section per situation; the "*" footnote is its
      // own answer, so the table's cells drop the asterisk (see en.ts).
      sections: [
        {
          id: 'sign-in',
          question: '¿Necesita iniciar sesión en su cuenta de Larga Distancia?',
          keywords: ['iniciar sesión larga distancia', 'pagar larga distancia', 'hacer un pago', 'ver mi factura', 'método de pago', 'administrar cuenta'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si necesita iniciar sesión en su cuenta de Larga Distancia de CenturyLink, puede ',
                { type: 'destination', text: 'hacerlo en línea', destination: 'long-distance' }, // seed lost the address
                '. Una vez que haya iniciado sesión, puede hacer un pago, ver su factura, cambiar su método de pago y administrar su cuenta de larga distancia.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Ir a la página de inicio de sesión de Larga Distancia', destination: 'long-distance' }], // seed lost the address
            },
          ],
        },
        {
          id: 'forgot-login',
          question: '¿Olvidó su nombre de usuario o contraseña?',
          keywords: ['olvidé mi nombre de usuario', 'olvidé mi contraseña', 'recuperar usuario', 'qué necesito', 'btn', 'número de teléfono de facturación'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si olvidó su información de inicio de sesión, puede recuperar su nombre de usuario, su contraseña y su código de seguridad en la ',
                { type: 'destination', text: 'página de inicio de sesión de Larga Distancia', destination: 'long-distance' }, // seed lost the address
                '.',
              ],
            },
            {
              // Structure rebuilt (see en.ts): the seed's two identical unlabeled
              // lists (BTN, password, security code) are what you need to sign in,
              // one row labeled "Iniciar sesión"; then "Nombre de usuario y
              // contraseña" (BTN, code) and "Código de seguridad en línea" (BTN).
              type: 'table',
              caption: 'Cómo iniciar sesión en Larga Distancia o recuperar su información de inicio de sesión',
              columns: ['Lo que necesita', 'Cómo validar su identidad'],
              rows: [
                [
                  ['Iniciar sesión'],
                  { steps: [['Número de teléfono de facturación (BTN)'], ['Contraseña'], ['Código de seguridad en línea']] },
                ],
                [
                  ['Nombre de usuario y contraseña'],
                  { steps: [['Número de teléfono de facturación (BTN)'], ['Código de seguridad en línea']] },
                ],
                [['Código de seguridad en línea'], { steps: [['Número de teléfono de facturación (BTN)']] }],
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Ir a la página de inicio de sesión de Larga Distancia', destination: 'long-distance' }], // seed lost the address
            },
          ],
        },
        {
          id: 'security-code',
          question: '¿Perdió su código de seguridad?',
          keywords: ['olvidé el código de seguridad', 'perdí mi código', 'código de seguridad en línea', 'código por correo', 'agente', 'por teléfono'],
          blocks: [
            {
              // Structure rebuilt: the seed's "Note:" is this section's whole answer (see en.ts).
              type: 'paragraph',
              content: [
                'Después de ingresar su BTN, puede pedir que le envíen el código por correo postal. O bien, puede llamar al ',
                { type: 'phone', number: '8008602255' },
                ' y podemos enviárselo por correo electrónico. (Por motivos de seguridad, nuestros agentes no pueden decirle el código por teléfono. Deben enviárselo).',
              ],
            },
            {
              type: 'actions',
              items: [
                { type: 'destination', text: 'Ir a la página de inicio de sesión de Larga Distancia', destination: 'long-distance' }, // seed lost the address
                { type: 'phone', number: '8008602255' },
              ],
            },
          ],
        },
        {
          id: 'still-locked-out',
          question: '¿Su contraseña es correcta pero aun así no puede entrar?',
          keywords: ['contraseña correcta', 'sigo sin poder entrar', 'no puedo entrar', 'cuenta bloqueada', 'investigar'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si cree que está usando el nombre de usuario y la contraseña correctos pero aun así no puede entrar a su cuenta, llame al ',
                { type: 'phone', number: '8008602255' },
                ' e investigaremos el problema.',
              ],
            },
            { type: 'actions', items: [{ type: 'phone', number: '8008602255' }] },
          ],
        },
        {
          id: 'what-is-security-code',
          question: '¿Qué es el código de seguridad en línea?',
          keywords: ['qué es el código de seguridad', 'cuál código', 'código diferente'],
          blocks: [
            {
              // Structure rebuilt: the seed's "*" footnote to the table, as its own answer.
              type: 'paragraph',
              content: [
                'Usted recibió un código de seguridad cuando creó su cuenta de larga distancia en línea. Este código es diferente de cualquier otro que pueda tener. Es específico de su servicio de larga distancia.',
              ],
            },
          ],
        },
      ],
      related: ['my-account', 'autopay', 'update-center'],
    },

    // ---------------------------------------------------------------- Update Center
    {
      id: 'update-center',
      title: 'Update Center',
      summary: 'Administre sus funciones de llamada por teléfono; los clientes nuevos establecen su PIN marcando 78 desde casa.',
      keywords: [
        'update center',
        'centro de actualización',
        'pin',
        'funciones de llamada',
        'no solicitation',
        'security screen',
        'filtro de seguridad',
        'llamadas de ventas',
        'marcar 78',
        'teléfono de tonos',
        'código de seguridad',
        'olvidé mi pin',
        '8052',
        'código de área',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'Si tiene ciertas funciones de llamada instaladas en su línea telefónica (p. ej., bloqueo de llamadas de ventas [no solicitation], filtro de seguridad [security screen]), puede configurarlas y administrarlas llamando al Update Center de CenturyLink e "iniciando sesión".',
          ],
        },
      ],
      // Structure rebuilt: the seed's two steps are two answers; the "**"
      // footnote stays with the step that points to it, and its numbers make
      // the area-code table (see en.ts).
      sections: [
        {
          id: 'new-customer',
          question: '¿Es cliente nuevo y va a establecer su PIN?',
          keywords: ['cliente nuevo', 'establecer pin', 'configurar pin', 'pin temporal', '1234', 'marcar 78', 'primera vez', 'grabación'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Por motivos de seguridad, los clientes nuevos deben marcar 78 desde su número principal de casa para establecer su PIN, que reemplaza al PIN temporal 1234. (Nota: Si llama desde otro número, o marcando al 888-(su código de área)-8052, escuchará una grabación que le indicará que marque 78 desde su número principal). Una vez que haya establecido su código de seguridad personal, podrá hacer todos los cambios y actualizaciones futuros desde cualquier teléfono de tonos.',
              ],
            },
          ],
        },
        {
          id: 'existing-customer',
          question: 'Si ya es cliente, ¿cómo llama al Update Center?',
          keywords: ['cliente existente', 'llamar al update center', 'marcar 78', 'teléfono de tonos', 'cualquier teléfono', 'cambiar funciones', '8052'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Desde la línea que tiene instalada la función, marque 78. O bien, desde cualquier teléfono de tonos, marque 888-(su código de área)-8052.** Por ejemplo, ',
                { type: 'phone', number: '8886128052' },
                '.',
              ],
            },
            {
              type: 'footnote',
              marker: '**',
              content: [
                'En Minnesota, códigos de área 763 y 952, llame al ',
                { type: 'phone', number: '8886128052' },
                ' para comunicarse con el Update Center. En Iowa, código de área 641, llame al ',
                { type: 'phone', number: '8885158052' },
                '. En Arizona, código de área 928, llame al ',
                { type: 'phone', number: '8885208052' },
                '. En Oregón, código de área 971, llame al ',
                { type: 'phone', number: '8885038052' },
                '. En Oregón, código de área 458, llame al ',
                { type: 'phone', number: '8885418052' },
                '.',
              ],
            },
          ],
        },
        {
          id: 'security-code',
          question: '¿Olvidó su código de seguridad del Update Center?',
          keywords: ['olvidé mi código de seguridad', 'olvidé mi pin', 'restablecer pin', 'restablecer código', 'agente de reparaciones'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'Si tiene el número al que debe llamar para comunicarse con el Update Center pero olvidó su código de seguridad, llame al ',
                { type: 'phone', number: '8005731311' },
                '. El agente de reparaciones validará su identidad y restablecerá su código.',
              ],
            },
            { type: 'actions', items: [{ type: 'phone', number: '8005731311' }] },
          ],
        },
        {
          id: 'area-codes',
          question: '¿Cuál es el número del Update Center para su código de área?',
          keywords: ['código de área', 'número del update center', 'minnesota', 'iowa', 'arizona', 'oregón', '763', '952', '641', '928', '971', '458'],
          blocks: [
            {
              // The ** footnote's numbers, one row per area code; the area code heads
              // each row (a state has more than one, with different numbers).
              type: 'table',
              caption: 'Números del Update Center por código de área',
              columns: ['Código de área', 'Estado', 'Número'],
              rows: [
                [['763'], ['Minnesota'], [{ type: 'phone', number: '8886128052' }]],
                [['952'], ['Minnesota'], [{ type: 'phone', number: '8886128052' }]],
                [['641'], ['Iowa'], [{ type: 'phone', number: '8885158052' }]],
                [['928'], ['Arizona'], [{ type: 'phone', number: '8885208052' }]],
                [['971'], ['Oregón'], [{ type: 'phone', number: '8885038052' }]],
                [['458'], ['Oregón'], [{ type: 'phone', number: '8885418052' }]],
              ],
            },
          ],
        },
      ],
      related: ['voice-mail', 'repair-ticket', 'long-distance'],
    },
  ],
} satisfies ContentInput;
