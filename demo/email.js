// The email sign-in page's own code, as a web team would write it. This demo
// refuses every password: after a refusal, the page suggests the answers for
// it (the loader keeps them, without fetching the full bundle, until the
// customer asks for help), and says where help is.
const form = document.getElementById('email-sign-in');
const message = document.getElementById('form-message');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  message.textContent = "That email address and password don't match. Use “Can't sign in?” for help.";
  window.clLoginHelp?.suggest(['email/forgot-password', 'email/forgot-username']);
});
// The panel's events, as the data layer receives them (data-analytics="datalayer").
window.clLoginHelp?.on('search', (detail) => console.info('search', detail));
