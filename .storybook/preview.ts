import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';

/**
 * The docs tables (attributes, properties, events, CSS parts and custom
 * properties) come from custom-elements.json, which `npm run build`
 * generates from the class JSDoc. The analyzer also lists private and static
 * members; only the public API is shown. Parts are listed as `::part(name)`,
 * as they are used, so the part `topic` does not hide the attribute `topic`
 * (Storybook keys the table rows by name).
 */
type Member = { name: string; privacy?: string; static?: boolean };
type Part = { name: string };
type Declaration = { members?: Member[]; cssParts?: Part[] };
type Manifest = { modules?: { declarations?: Declaration[] }[] };

function publicOnly(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public',
        ),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

setCustomElementsManifest(publicOnly(manifest as Manifest));

/** Every event the panel and the launcher fire, logged with its `detail` in the Actions panel. */
const EVENTS = [
  'cl-login-help-topic',
  'cl-login-help-search',
  'cl-login-help-contact',
  'cl-login-help-feedback',
  'cl-login-help-error',
  'cl-login-help-open',
  'cl-login-help-close',
] as const;
for (const type of EVENTS) {
  const log = action(type);
  document.addEventListener(type, (event) => log((event as CustomEvent).detail));
}

/** Phone widths for the viewport toolbar (the "Phone" stories pick them). */
const phone = (width: number) => ({ name: `Phone ${width} px`, styles: { width: `${width}px`, height: '640px' }, type: 'mobile' as const });

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: { options: { phone320: phone(320), phone360: phone(360) } },
    options: {
      storySort: {
        order: ['Docs', ['Embed it', 'Write content', 'Theming'], 'Panel', ['States', 'Topics', 'Launcher', 'Host page'], 'Design', 'Content'],
      },
    },
  },
};

export default preview;
