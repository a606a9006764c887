import { render } from 'preact';

render(<p>Wiretrace</p>, document.getElementById('app')!);
