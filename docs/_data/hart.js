import { builderData, widgetsFromManifest, version } from '../../site/site-data.mjs';

export default function () {
  return { version, widgets: widgetsFromManifest(), builder: builderData() };
}
