import { render } from 'preact';
import '../../components/wiretrace.css';
import { PopupApp } from './app';

render(<PopupApp />, document.getElementById('app')!);
