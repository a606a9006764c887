import { render } from 'preact';
import '../../components/wiretrace.css';
import { askFirst, PopupApp } from './app';

render(<PopupApp first={askFirst()} />, document.getElementById('app')!);
