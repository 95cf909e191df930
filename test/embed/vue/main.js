import { createApp } from 'vue';
import '@ct-hart/elements/hart-help-banner.js';
import '@ct-hart/elements/hart-red-flag-quiz.js';
import '@ct-hart/elements/hart-resource-finder.js';
import '@ct-hart/elements/hart-training-request.js';
import App from './App.vue';

createApp(App).mount('#app');
