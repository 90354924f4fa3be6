import '../src/define.js';
// The demo shows German and Arabic too: each language is a module that registers its words.
import '../src/i18n/de.js';
import '../src/i18n/ar.js';

// The locale switcher: the timeline's language and, for Arabic, its direction.
const select = document.querySelector<HTMLSelectElement>('#locale');
const frame = document.querySelector<HTMLElement>('#story-frame');
const story = document.querySelector('event-timeline#story');
select?.addEventListener('change', () => {
  const locale = select.value;
  story?.setAttribute('locale', locale);
  frame?.setAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
  frame?.setAttribute('lang', locale);
});
