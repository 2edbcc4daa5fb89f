// DocSearch v3 as its docs show it: a button in #docsearch. The keys are
// placeholders; the bench blocks every request that leaves this machine.
window.docsearch({ container: '#docsearch', appId: 'BENCH00000', apiKey: 'bench', indexName: 'bench' });
