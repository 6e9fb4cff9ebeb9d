/**
 * The styles of every embed page, with the page (one file, render-blocking and small): the page
 * the build wrote is a chart card, so the card's styles cannot wait for the chart's code.
 */
import '../components/base.css';
import '../components/chart-card/chart-card.css';
import '../features/charts/charts.css';
import '../features/embed/embed.css';
