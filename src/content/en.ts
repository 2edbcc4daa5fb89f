/**
 * The built-in English content: the whole of CenturyLink's help page
 * "Can't login to my account" (../shared/seeds/000_f3d6f3cd1e5365f5.txt),
 * one topic per service, in the order of the page.
 *
 * Editing rules kept here:
 * - The seed's wording is kept; only obvious typos are fixed ("usernameand",
 *   "you username", "If don't", "If have", "can done") and curly apostrophes
 *   are made straight.
 * - The labels "TIP:", "(Tip: ...)" and "Note:" become `tip` and `note` blocks
 *   (the block type carries the label, so the text drops it).
 * - The seed is plain text: every link lost its address. Each link is a
 *   `destination` whose key the host can map to its own URL, marked "seed
 *   lost the address" where it stands; `destinations` gives the defaults,
 *   with why each one was chosen.
 * - Headings the seed lost (AutoPay, Email, DIRECTV, Voice Mail) are rebuilt
 *   and marked.
 * - One name for one thing, the seed's: the repair tool is the "troubleshooter
 *   tool" (questions included); "Long Distance" is capitalised as the
 *   product's name (its account, its log in page), "long distance" otherwise.
 * - Sections (schema version 2): a topic whose text answers several
 *   situations ("If you've forgotten your username…", "If you're new to
 *   CenturyLink…") holds one section per situation, asked as a customer would
 *   ask it; the seed's sentences move, whole and in order, to the section they
 *   answer. Topics that answer one situation keep plain blocks. Where this
 *   rebuilt the seed's structure (a footnote, a list, a label), a comment says
 *   so. Section ids are public (`#cl-login-help/email/forgot-password`): never
 *   rename one once published.
 */
import type { ContentInput } from './schema.js';

/** CenturyLink's help home: the default for addresses the seed lost and we do not know. */
const HELP_HOME = 'https://www.centurylink.com/home/help.html';

export const en = {
  schemaVersion: 2,
  lang: 'en',
  title: "Can't sign in?",
  intro:
    "It can be very frustrating when you need to get into your account but can't remember your username, password or maybe even where to go to sign in. Let us help.",

  // Words and phrases customers use for the same thing (search reads each
  // group as one word). The language of being locked out ("log in", "sign
  // in", "can't", "password") is built into the search; these are the names
  // of this content's services and situations, as customers spell them.
  synonyms: [
    ['my account', 'myaccount', 'centurylink account', 'centurylink login', 'centurylink log in', 'centurylink sign in', 'centurylink password'],
    // Not My Account: the number on a bill.
    ['account number', 'my account number', 'acct number'],
    ['autopay', 'auto pay', 'automatic payment', 'auto payment'],
    ['directv', 'direct tv', 'dtv'],
    ['msn', 'hotmail', 'hot mail', 'windows live', 'live mail'],
    ['dialup', 'dial up'],
    ['voicemail', 'voice mail', 'vm', 'voice messages', 'mailbox'],
    ['long distance', 'longdistance', 'ld'],
    ['prism', 'prism tv', 'prismtv'],
    ['verizon', 'verizon wireless'],
    ['antivirus', 'anti virus', 'virus protection'],
    ['technician', 'tech', 'technicians'],
    // The seed's "agent" (who cannot read a security code out over the phone) is who customers call a rep.
    ['agent', 'agents', 'rep', 'reps', 'representative', 'customer service rep'],
    // The seed's "create one" (an online account for DIRECTV and the DVR website) and "set up your email".
    ['signup', 'create one', 'new account', 'new online account'],
    // Getting an address of one's own is setting up email ("Never set up your email?"), not signing in to it.
    ['new email account', 'new email address', 'get a centurylink email', 'get a centurylink e mail', 'get an email address', 'get an email account', 'get a new email'],
    ['security questions', 'secret questions', 'security question', 'secret question'],
    // "No solicitation" is the calling feature that stops telemarketers.
    ['no solicitation', 'telemarketer', 'telemarketers', 'telemarketing', 'solicitors', 'sales calls', 'robocalls'],
    // MSN's tip: the username is the complete email address.
    ['full email address', 'complete address', 'complete email address', 'whole email address', 'entire email address', 'full address'],
    // The troubleshooter tool refusing an account number or zip code.
    ['not recognized', 'doesnt recognize', 'does not recognize', 'wont recognize', 'not found', 'wont accept', 'not accepted', 'invalid'],
    ['security screen', 'call screening', 'screen calls'],
    // A refused password the customer believes is right.
    ['wrong password', 'incorrect password', 'password incorrect', 'invalid password', 'password not accepted', 'password correct', 'correct password', 'right password'],
  ],

  destinations: {
    // Known public addresses.
    'my-account': 'https://www.centurylink.com/myaccount/',
    // The password reset starts from the My Account sign-in page; its own address is not in the seed.
    'my-account-reset': 'https://www.centurylink.com/myaccount/',
    email: 'https://www.centurylink.net/',
    // The email password reset page's address is not in the seed; the CenturyLink email sign-in page offers the reset.
    'email-password-reset': 'https://www.centurylink.net/',
    directv: 'https://www.directv.com/',
    // Address of DIRECTV's username/password recovery not in the seed: DIRECTV home.
    'directv-recovery': 'https://www.directv.com/',
    'verizon-wireless': 'https://www.verizon.com/',
    // Addresses of Verizon's user ID/password recovery and contact pages not in the seed: Verizon home.
    'verizon-wireless-recovery': 'https://www.verizon.com/',
    'verizon-wireless-contact': 'https://www.verizon.com/',
    // MSN Support, MSN password help and MSN Solution Center: the seed gives no
    // addresses; Microsoft's support home covers all three.
    'msn-support': 'https://support.microsoft.com/',
    'msn-password-help': 'https://support.microsoft.com/',
    'msn-solution-center': 'https://support.microsoft.com/',
    // Addresses the seed lost or never gave and that we do not know: the CenturyLink help home.
    'email-setup': HELP_HOME,
    'norton-download': HELP_HOME,
    'prism-tv-dvr': HELP_HOME,
    'repair-troubleshooter': HELP_HOME,
    'voice-mail-reset': HELP_HOME,
    'voice-mail-setup': HELP_HOME,
    'long-distance': HELP_HOME,
    // The chat fallback: where "Chat with us" goes when the host page has no chat.
    contact: 'https://www.centurylink.com/home/help/contact.html',
  },

  contact: {
    title: 'Still need help?',
    content: ['Chat with us or contact CenturyLink for help with your account.'],
    actions: [
      { type: 'chat', text: 'Chat with us' },
      { type: 'destination', text: 'Contact CenturyLink', destination: 'contact' },
    ],
  },

  topics: [
    // ---------------------------------------------------------------- My Account
    {
      id: 'my-account',
      title: 'My Account',
      summary: 'Check your username, reset your password or chat with us about My Account.',
      keywords: [
        'username',
        'password',
        'login',
        'log in',
        'sign in',
        'forgot password',
        'reset password',
        'locked out',
        'myaccount',
        'account',
        'centurylink account',
        'email associated',
      ],
      blocks: [],
      // Structure rebuilt: the seed's one paragraph answers two situations,
      // split between its two sentences.
      sections: [
        {
          id: 'forgot-password',
          question: "Can't sign in to My Account, or forgot your password?",
          keywords: ['forgot password', 'reset password', 'wrong password', 'my account login', 'cant log in', 'locked out'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you're trying to log in to My Account, confirm you're using the correct username, and if you are, try ",
                { type: 'destination', text: 'resetting your password', destination: 'my-account-reset' }, // seed lost the address
                '.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Reset your password', destination: 'my-account-reset' }], // seed lost the address
            },
          ],
        },
        {
          id: 'no-email-access',
          question: 'No access to your account email, or still locked out?',
          keywords: ['old email', 'email no longer works', 'no access to email', 'still locked out', 'still cant log in', 'reset did not work', 'chat'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you no longer have access to the email associated with your account, or you're still not able to log in, ",
                { type: 'chat', text: 'chat with us' },
                '.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chat with us' }] },
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
      summary: 'See your AutoPay history and payment status in My Account.',
      keywords: [
        'autopay',
        'auto pay',
        'bill',
        'billing',
        'payment',
        'pay bill',
        'automatic payment',
        'payment history',
        'payment status',
        'recurring payment',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            "You don't log in to AutoPay per se. You log in to ",
            { type: 'destination', text: 'My Account', destination: 'my-account' }, // seed lost the address
            ', and from there, you can see the status of your payments, including your AutoPay history.',
          ],
        },
        {
          type: 'actions',
          items: [{ type: 'destination', text: 'Sign in to My Account', destination: 'my-account' }],
        },
      ],
      related: ['my-account', 'long-distance'],
    },

    // ---------------------------------------------------------------- Email
    {
      id: 'email',
      // Heading rebuilt: the seed lost this section's heading.
      title: 'CenturyLink Email',
      summary: 'Reset your CenturyLink email password, find your username or set up your email.',
      keywords: [
        'email',
        'e-mail',
        'webmail',
        'centurylink.net',
        'mail',
        'inbox',
        'forgot email password',
        'email password',
        'secret questions',
        'email username',
        'new email account',
        'set up email',
      ],
      blocks: [],
      // Structure rebuilt: one section per situation of the seed's three paragraphs.
      sections: [
        {
          id: 'forgot-password',
          question: 'Forgot your email password?',
          keywords: ['forgot email password', 'reset email password', 'email password', 'secret questions', 'billing phone number', 'cant remember password'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you're trying to access your CenturyLink email account, but can't remember your password, you can ",
                { type: 'destination', text: 'reset it', destination: 'email-password-reset' }, // seed lost the address
                ". You'll need your 10-digit billing phone number, CenturyLink email address and the correct answers to your two secret questions. When you're ready, go to the ",
                { type: 'destination', text: 'CenturyLink email password reset page', destination: 'email-password-reset' }, // seed lost the address
                '.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Reset your email password', destination: 'email-password-reset' }], // seed lost the address
            },
          ],
        },
        {
          id: 'forgot-username',
          question: 'Forgot your email username?',
          keywords: ['forgot email username', 'email username', 'user name', 'what is my username', 'email address'],
          blocks: [
            {
              type: 'paragraph',
              content: ["If you've forgotten your username, you can ", { type: 'chat', text: 'chat for help' }, '.'],
            },
            {
              // The seed lost the example after "For instance,": rebuilt minimally
              // with a made-up centurylink.net address.
              type: 'tip',
              content: [
                'Your username is the first part of your email address. For instance, if your email address is jsmith@centurylink.net, your username is jsmith.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chat with us' }] },
          ],
        },
        {
          id: 'never-set-up',
          question: 'Never set up your email?',
          keywords: ['new email account', 'set up email', 'create email', 'new customer', 'new to centurylink', 'new email address', 'sign up for email'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you're new to CenturyLink and haven't set up your email account, you won't be able to log in until you ",
                { type: 'destination', text: 'set it up', destination: 'email-setup' }, // seed lost the address
                '. It only takes a few minutes to create an email address, username and password.',
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
      summary: "You don't log in to Norton: download it after you validate who you are.",
      keywords: [
        'norton',
        'antivirus',
        'anti-virus',
        'virus',
        'security software',
        'download',
        'install norton',
        'high-speed internet',
        'hsi',
        'activation letter',
        'account number',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            "If you have Norton AntiVirus software as part of your CenturyLink High-Speed Internet service, you don't need to log in to anything to get access to it. Instead, you need to ",
            { type: 'destination', text: 'download it', destination: 'norton-download' }, // seed lost the address
            ". Before you can start the download process, you'll need to validate who you are. You'll be asked to provide/refer to: (1) your account number and (2) your HSI activation letter, a CenturyLink bill or your login for ",
            // The seed lost both links here ("your login for  or"): their names
            // are rebuilt as the two CenturyLink logins, CenturyLink email and My Account.
            { type: 'destination', text: 'CenturyLink email', destination: 'email' }, // seed lost the address
            ' or ',
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
      summary: 'Manage Prism TV in My Account, or schedule your DVR remotely.',
      keywords: [
        'prism',
        'tv',
        'television',
        'dvr',
        'record',
        'remote dvr',
        'channels',
        'cable',
        'programming package',
        'upgrade',
        'downgrade',
        'tv listing',
      ],
      blocks: [],
      sections: [
        {
          id: 'change-service',
          question: 'Want to change your Prism TV package or view your billing statement?',
          keywords: ['change package', 'programming package', 'upgrade', 'downgrade', 'channels', 'billing statement', 'prism bill', 'prism login', 'prism password'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'To make changes to your Prism service, log in to ',
                { type: 'destination', text: 'My Account', destination: 'my-account' }, // seed lost the address
                ". (If you've forgotten your username or password, ",
                { type: 'destination', text: 'retrieve/reset them', destination: 'my-account-reset' }, // seed lost the address
                ".) Once you're in your account, you can upgrade/downgrade your programming package and view your billing statement.",
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Sign in to My Account', destination: 'my-account' }], // seed lost the address
            },
          ],
        },
        {
          id: 'schedule-dvr',
          question: 'Want to schedule your DVR remotely?',
          keywords: ['dvr', 'remote dvr', 'record', 'record shows', 'tv listing', 'dvr password', 'dvr account'],
          blocks: [
            {
              // Structure rebuilt: the seed's "TIP:" is this section's whole
              // answer, so it is a paragraph here (its label would only repeat the question).
              type: 'paragraph',
              content: [
                'To schedule your DVR remotely, go to ',
                // The seed lost this link, address and name ("go to  and sign in"):
                // named neutrally here.
                { type: 'destination', text: 'the Prism TV DVR website', destination: 'prism-tv-dvr' }, // seed lost the address
                " and sign in. If you don't already have an account (and are a Prism customer), you can create one. If you have an account but have forgotten your password, you can reset it. Once you're signed in, you'll see a TV Listing & DVR option at the top of page. If you have questions, ",
                { type: 'chat', text: 'chat with us' },
                '.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chat with us' }] },
          ],
        },
      ],
      related: ['my-account', 'directv'],
    },

    // ---------------------------------------------------------------- Verizon Wireless
    {
      id: 'verizon-wireless',
      title: 'Verizon Wireless',
      summary: 'Sign in on the Verizon Wireless website to manage your wireless account.',
      keywords: [
        'verizon',
        'verizon wireless',
        'cell phone',
        'cellphone',
        'mobile',
        'wireless',
        'user id',
        'forgot user id',
        'verizon password',
        'smartphone',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'Verizon Wireless manages the day-to-day aspects of your service, so you need to go to ',
            { type: 'destination', text: 'their website', destination: 'verizon-wireless' }, // seed lost the address
            " to log in and make changes to your account. If you've forgotten your log in credentials, you can ",
            { type: 'destination', text: 'retrieve your user ID', destination: 'verizon-wireless-recovery' }, // seed lost the address
            ' and ',
            { type: 'destination', text: 'reset your password', destination: 'verizon-wireless-recovery' }, // seed lost the address
            '. If you need additional help, ',
            { type: 'destination', text: 'contact Verizon Wireless directly', destination: 'verizon-wireless-contact' }, // seed lost the address
            '.',
          ],
        },
        {
          type: 'actions',
          items: [{ type: 'destination', text: 'Go to Verizon Wireless', destination: 'verizon-wireless' }],
        },
      ],
      related: ['my-account', 'directv'],
    },

    // ---------------------------------------------------------------- DIRECTV
    {
      id: 'directv',
      // Heading rebuilt: the seed lost this section's heading.
      title: 'DIRECTV',
      summary: 'Sign in on the DIRECTV website, or call DIRECTV for help.',
      keywords: [
        'directv',
        'direct tv',
        'satellite',
        'satellite tv',
        'tv',
        'directv username',
        'directv password',
        'directv account',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'DIRECTV manages the day-to-day aspects of your service, so you need to go to ',
            { type: 'destination', text: 'their website', destination: 'directv' }, // seed lost the address
            " to log in and make changes to your account. If you don't already have an online account, you can create one. If you've forgotten your log in credentials, you can ",
            { type: 'destination', text: 'retrieve your username and/or reset your password', destination: 'directv-recovery' }, // seed lost the address
            '. If you need assistance, call ',
            { type: 'phone', number: '8005315000' },
            '.',
          ],
        },
        {
          type: 'tip',
          content: ['For DIRECTV accounts, your username is usually your email address.'],
        },
        {
          type: 'actions',
          items: [
            { type: 'destination', text: 'Go to DIRECTV', destination: 'directv' }, // seed lost the address
            { type: 'phone', number: '8005315000' },
          ],
        },
      ],
      related: ['prism-tv', 'verizon-wireless'],
    },

    // ---------------------------------------------------------------- MSN
    {
      id: 'msn',
      title: 'MSN® Dial-up',
      summary: 'MSN is no longer supported: sign in to MSN Support for your Microsoft email.',
      keywords: [
        'msn',
        'msn premium',
        'hotmail',
        'outlook',
        'live',
        'windows live',
        'dial-up',
        'dial up',
        'dialup',
        'microsoft',
        'msn.com',
        'live.com',
        'hotmail.com',
      ],
      blocks: [],
      sections: [
        {
          id: 'where-to-sign-in',
          question: 'Where do you sign in to MSN or Hotmail now?',
          keywords: ['msn email', 'hotmail login', 'msn password', 'forgot msn password', 'no longer supported', 'msn support', 'solution center'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                // The seed lost the example domains in "(, or,": rebuilt as msn.com, hotmail.com and live.com.
                'We no longer support MSN, MSN Premium or Windows Live. If you have a Microsoft® email address (msn.com, hotmail.com or live.com), sign in to ',
                { type: 'destination', text: 'MSN Support', destination: 'msn-support' }, // seed lost the address
                " to access your account. If you're having trouble signing in, you can ",
                { type: 'destination', text: 'get help with your password', destination: 'msn-password-help' }, // seed lost the address
                ". If you're experiencing other problems, visit the ",
                { type: 'destination', text: 'MSN Solution Center', destination: 'msn-solution-center' }, // seed lost the address
                ' or call ',
                { type: 'phone', number: '8003865550' },
                '.',
              ],
            },
            {
              type: 'actions',
              items: [
                { type: 'destination', text: 'Go to MSN Support', destination: 'msn-support' }, // seed lost the address
                { type: 'phone', number: '8003865550' },
              ],
            },
          ],
        },
        {
          id: 'still-locked-out',
          question: "Know your MSN password but still can't sign in?",
          keywords: ['password correct', 'right password', 'still cant sign in', 'full email address', 'domain', 'username is email'],
          blocks: [
            {
              // Structure rebuilt: the seed's "Tip:" is this section's whole
              // answer, so it is a paragraph here.
              // The seed lost the example domains in "(e.g.,,,": rebuilt as msn.com, hotmail.com, live.com.
              type: 'paragraph',
              content: [
                "If you know your password, but still can't sign in, be sure you're using the correct username. Your username is your email address, and you need to enter your complete address, including the correct domain (e.g., msn.com, hotmail.com, live.com).",
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
      title: 'Repair Ticket',
      summary: 'Check or change a repair ticket with your account number and billing zip code.',
      keywords: [
        'repair',
        'repair ticket',
        'technician',
        'tech',
        'appointment',
        'install',
        'ticket number',
        'cancel ticket',
        'cancel install',
        'service test',
        'troubleshooter',
        'zip code',
        'account number',
      ],
      blocks: [],
      sections: [
        {
          id: 'check-ticket',
          question: 'Questions about your repair ticket, or want to change it?',
          keywords: ['ticket number', 'technician', 'tech', 'appointment', 'install', 'cancel ticket', 'cancel install', 'service test', 'zip code', 'account number', 'log in'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'If you have a repair ticket—and have questions or want to make changes to it—use our ',
                { type: 'destination', text: 'troubleshooter tool', destination: 'repair-troubleshooter' }, // seed lost the address
                '. To "log in," you\'ll need to enter your account number and billing zip code.',
              ],
            },
            { type: 'paragraph', content: ["Once you're in, you'll be able to:"] },
            {
              type: 'list',
              items: [
                ['Find your ticket number'],
                ['Change the phone number the technician has for you'],
                ["Check your technician's status on the day your install's scheduled"],
                ['Cancel your ticket and/or scheduled install'],
              ],
            },
            {
              type: 'paragraph',
              content: ['You can also use this tool to launch your service test from here by entering the following information.'],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Use the troubleshooter tool', destination: 'repair-troubleshooter' }], // seed lost the address
            },
          ],
        },
        {
          id: 'not-recognized',
          question: "Troubleshooter tool doesn't recognize your account number or zip code?",
          keywords: ['not recognized', 'wrong account number', 'zip code not working', 'cant log in', 'error', 'doesnt recognize'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If for some reason the system doesn't recognize your information, ",
                { type: 'chat', text: 'contact us' },
                '.',
              ],
            },
            { type: 'actions', items: [{ type: 'chat', text: 'Chat with us' }] },
          ],
        },
      ],
      related: ['update-center', 'my-account'],
    },

    // ---------------------------------------------------------------- Voice Mail
    {
      id: 'voice-mail',
      // Heading rebuilt: the seed lost this section's heading.
      title: 'Voice Mail',
      summary: 'Reset your Voice Mail password, or set up your service if you are new.',
      keywords: [
        'voicemail',
        'voice mail',
        'messages',
        'mailbox',
        'voice mail password',
        'voicemail password',
        'forgot voicemail password',
        'set up voicemail',
        'new customer',
        'phone messages',
      ],
      blocks: [],
      // Structure rebuilt: the seed's one paragraph answers two situations,
      // split between its two sentences.
      sections: [
        {
          id: 'forgot-password',
          question: 'Forgot your Voice Mail password?',
          keywords: ['forgot voicemail password', 'voicemail password', 'voice mail password', 'reset voicemail', 'voicemail pin', 'mailbox password'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you're trying to log in to your CenturyLink Voice Mail account and have forgotten your password, you can ",
                { type: 'destination', text: 'reset it', destination: 'voice-mail-reset' }, // seed lost the address
                '.',
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Reset your Voice Mail password', destination: 'voice-mail-reset' }], // seed lost the address
            },
          ],
        },
        {
          id: 'never-set-up',
          question: 'Never set up your Voice Mail?',
          keywords: ['new customer', 'set up voicemail', 'setup voicemail', 'new voicemail', 'activate voicemail', 'get my messages'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you're a new customer, you need to ",
                { type: 'destination', text: 'set up your service', destination: 'voice-mail-setup' }, // seed lost the address
                ' before you can log in and get your messages.',
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
      title: 'Long distance',
      summary: 'Retrieve your Long Distance username, password or security code.',
      keywords: [
        'long distance',
        'longdistance',
        'security code',
        'online security code',
        'btn',
        'billing telephone number',
        'calling plan',
        'long distance bill',
        'pay long distance',
        'forgot security code',
        'username',
        'password',
      ],
      blocks: [],
      // Structure rebuilt: one section per situation. The table's asterisks
      // pointed to the seed's "*" footnote, which is now its own answer
      // (what-is-security-code), so the cells drop the asterisk.
      sections: [
        {
          id: 'sign-in',
          question: 'Need to sign in to your Long Distance account?',
          keywords: ['long distance login', 'sign in', 'log in', 'pay long distance bill', 'make a payment', 'view bill', 'payment method', 'manage account'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'If you need to log in to your CenturyLink Long Distance account, you can ',
                { type: 'destination', text: 'do it online', destination: 'long-distance' }, // seed lost the address
                ". Once you're logged in, you can make a payment, view your bill, change your payment method and manage your long distance account.",
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Go to the Long Distance log in page', destination: 'long-distance' }], // seed lost the address
            },
          ],
        },
        {
          id: 'forgot-login',
          question: 'Forgot your username or password?',
          keywords: ['forgot username', 'forgot password', 'retrieve username', 'reset password', 'log in information', 'what do i need', 'btn', 'billing telephone number'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you've forgotten your log in information, you can retrieve your username, password and security code from the ",
                { type: 'destination', text: 'Long Distance log in page', destination: 'long-distance' }, // seed lost the address
                '.',
              ],
            },
            {
              // Structure rebuilt: the flattened seed lists, under "What you need /
              // How you validate your identity", two identical lists with no label
              // (BTN, Password, Online security code), then "Username and
              // password" (BTN, Online security code), then "Online security code"
              // (BTN). A list that asks for your password cannot be how you get
              // your password back (the "Username and password" row says that
              // takes only the BTN and the code), so the unlabeled list is read
              // as what you need to sign in, and its two identical copies are
              // one row, labeled "Sign in" (the one label rebuilt here). The
              // caption names both uses of the table; every item of the seed's
              // lists stays, in its order.
              type: 'table',
              caption: 'Signing in to Long Distance, or retrieving your log in information',
              columns: ['What you need', 'How you validate your identity'],
              rows: [
                [['Sign in'], { steps: [['Billing telephone number (BTN)'], ['Password'], ['Online security code']] }],
                [['Username and password'], { steps: [['Billing telephone number (BTN)'], ['Online security code']] }],
                [['Online security code'], { steps: [['Billing telephone number (BTN)']] }],
              ],
            },
            {
              type: 'actions',
              items: [{ type: 'destination', text: 'Go to the Long Distance log in page', destination: 'long-distance' }], // seed lost the address
            },
          ],
        },
        {
          id: 'security-code',
          question: 'Lost your security code?',
          keywords: ['forgot security code', 'lost security code', 'online security code', 'code by mail', 'email my code', 'mail code', 'agent', 'over the phone', 'btn'],
          blocks: [
            {
              // Structure rebuilt: the seed's "Note:" (after the table) is this
              // section's whole answer, so it is a paragraph here.
              type: 'paragraph',
              content: [
                'After you enter your BTN, you can have your code mailed to you. Or, you can call ',
                { type: 'phone', number: '8008602255' },
                ", and we can email it to you instead. (For security reasons, our agents can't tell you the code over the phone. They must send it to you.)",
              ],
            },
            {
              type: 'actions',
              items: [
                { type: 'destination', text: 'Go to the Long Distance log in page', destination: 'long-distance' }, // seed lost the address
                { type: 'phone', number: '8008602255' },
              ],
            },
          ],
        },
        {
          id: 'still-locked-out',
          question: "Password correct, but still can't sign in?",
          keywords: ['correct password', 'right password', 'password correct', 'still cant log in', 'still locked out', 'account locked', 'investigate'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you believe you're using your correct username/password, but still can't get into your account, call ",
                { type: 'phone', number: '8008602255' },
                ", and we'll investigate the problem.",
              ],
            },
            { type: 'actions', items: [{ type: 'phone', number: '8008602255' }] },
          ],
        },
        {
          id: 'what-is-security-code',
          question: 'What is the online security code?',
          keywords: ['what is security code', 'which code', 'security code meaning', 'different code', 'online security code'],
          blocks: [
            {
              // Structure rebuilt: the seed's "*" footnote to the table, as its own answer.
              type: 'paragraph',
              content: [
                'You were given a security code when you created your online, long distance account. This is a different code than any other one you may have. It is specific to your long distance service.',
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
      summary: 'Manage calling features by phone; new customers set a PIN by dialing 78 from home.',
      keywords: [
        'update center',
        'pin',
        'calling features',
        'no solicitation',
        'security screen',
        'dial 78',
        'touch-tone',
        'security code',
        'forgot pin',
        '8052',
        'area code',
        'phone line',
      ],
      blocks: [
        {
          type: 'paragraph',
          content: [
            'If you have certain calling features installed on your phone line (e.g., no solicitation, security screen), you can set up and manage them by calling the CenturyLink Update Center and "logging in."',
          ],
        },
      ],
      // Structure rebuilt: the seed's two steps ("New customers.", "Existing
      // customers.") are two answers, each asked by its question (which
      // replaces the step's bold label and the lead-in "To use the Update
      // Center, do the following:"). The "**" footnote stays with the
      // existing-customer step that points to it; its numbers also make the
      // area-code table, the answer for one area code.
      sections: [
        {
          id: 'new-customer',
          question: 'New customer setting up your PIN?',
          keywords: ['new customer', 'set up pin', 'establish pin', 'temporary pin', '1234', 'dial 78', 'first time', 'recording'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "For security reasons, new customers must dial 78 from their primary home number to establish their PIN, changing it from the temporary PIN of 1234. (Note: If you call in from a different number, or by dialing 888-(your area code)-8052, you will get a recording telling you to dial 78 from your primary number.) Once you've established your personal security code, all future changes and updates can be done from any touch-tone phone.",
              ],
            },
          ],
        },
        {
          id: 'existing-customer',
          question: 'Existing customer: how do you call the Update Center?',
          keywords: ['existing customer', 'call update center', 'dial 78', 'touch-tone', 'any phone', 'change features', '8052'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                'From the line that has the feature installed on it, dial 78. Or, from any touch-tone phone, dial 888-(your area code)-8052.** For example, ',
                { type: 'phone', number: '8886128052' },
                '.',
              ],
            },
            {
              type: 'footnote',
              marker: '**',
              content: [
                'In Minnesota area codes 763 and 952, call ',
                { type: 'phone', number: '8886128052' },
                ' to reach the Update Center. In Iowa area code 641, call ',
                { type: 'phone', number: '8885158052' },
                '. In Arizona area code 928, call ',
                { type: 'phone', number: '8885208052' },
                '. In Oregon area code 971, call ',
                { type: 'phone', number: '8885038052' },
                '. In Oregon area code 458, call ',
                { type: 'phone', number: '8885418052' },
                '.',
              ],
            },
          ],
        },
        {
          id: 'security-code',
          question: 'Forgot your Update Center security code?',
          keywords: ['forgot security code', 'forgot pin', 'lost pin', 'reset pin', 'reset security code', 'repair agent'],
          blocks: [
            {
              type: 'paragraph',
              content: [
                "If you have the number you need to call the Update Center, but you've forgotten your security code, call ",
                { type: 'phone', number: '8005731311' },
                '. The repair agent will validate your identity and reset your code.',
              ],
            },
            { type: 'actions', items: [{ type: 'phone', number: '8005731311' }] },
          ],
        },
        {
          id: 'area-codes',
          question: "What's the Update Center number for your area code?",
          keywords: ['area code', 'update center number', 'phone number', 'minnesota', 'iowa', 'arizona', 'oregon', '763', '952', '641', '928', '971', '458'],
          blocks: [
            {
              // The ** footnote's numbers, one row per area code; the area code heads
              // each row (a state has more than one, with different numbers).
              type: 'table',
              caption: 'Update Center numbers by area code',
              columns: ['Area code', 'State', 'Number'],
              rows: [
                [['763'], ['Minnesota'], [{ type: 'phone', number: '8886128052' }]],
                [['952'], ['Minnesota'], [{ type: 'phone', number: '8886128052' }]],
                [['641'], ['Iowa'], [{ type: 'phone', number: '8885158052' }]],
                [['928'], ['Arizona'], [{ type: 'phone', number: '8885208052' }]],
                [['971'], ['Oregon'], [{ type: 'phone', number: '8885038052' }]],
                [['458'], ['Oregon'], [{ type: 'phone', number: '8885418052' }]],
              ],
            },
          ],
        },
      ],
      related: ['voice-mail', 'repair-ticket', 'long-distance'],
    },
  ],
} satisfies ContentInput;
