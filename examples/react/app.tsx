/**
 * React 19 renders custom elements natively: it sets `data` as a property (not a string
 * attribute) and `ontimeline-select` adds a listener for the `timeline-select` event. The JSX
 * types come with the package (`event-timeline/react`), so `e` below is a TimelineSelectEvent.
 * Built with esbuild by `npm run build:examples`.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { TimelineDocument } from 'event-timeline';
import type {} from 'event-timeline/react'; // JSX types for the three tags, their properties and events
import 'event-timeline/define.js';

const doc: TimelineDocument = {
  title: 'Launches',
  lanes: [{ id: 'missions', label: 'Missions' }],
  events: [
    { id: 'sputnik', start: '1957-10-04', title: 'Sputnik 1', lane: 'missions' },
    { id: 'gagarin', start: '1961-04-12', title: 'Vostok 1', lane: 'missions' },
    { id: 'apollo-11', start: '1969-07-16', end: '1969-07-24', title: 'Apollo 11', lane: 'missions' },
  ],
};

function App() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <main>
      <event-timeline data={doc} now="1970-01-01" no-hash ontimeline-select={(e) => setSelected(e.detail.id)} />
      <p id="selected">{selected === null ? 'Nothing selected.' : `Selected: ${selected}`}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
