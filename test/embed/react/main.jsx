// A React 19 app using HART elements: attributes, a property (an object), and custom events.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@ct-hart/elements/hart-help-banner.js';
import '@ct-hart/elements/hart-red-flag-quiz.js';
import '@ct-hart/elements/hart-resource-finder.js';
import '@ct-hart/elements/hart-training-request.js';

function App() {
  const [score, setScore] = useState('');
  const [request, setRequest] = useState('');
  return (
    <main>
      <hart-help-banner variant="compact" />
      <hart-red-flag-quiz quiz="youth-online-safety" onhart-quiz-complete={(event) => setScore(`${event.score} of ${event.total}`)} />
      <output id="quiz-score">{score}</output>
      <hart-resource-finder category="legal" />
      <hart-training-request
        audience="lodging-staff"
        deliveryOptions={{ retries: 0, timeoutMs: 5000 }}
        onhart-training-request-submit={(event) => {
          event.preventDefault(); // the app sends it itself
          setRequest(event.request.organization);
        }}
      />
      <output id="form-request">{request}</output>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
