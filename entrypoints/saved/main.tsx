import { render } from 'preact';
import '../../components/wiretrace.css';
import { SavedApp } from './app';

render(<SavedApp />, document.getElementById('app')!);
