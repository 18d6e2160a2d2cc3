// Draws each [data-chart] of a page with Apache ECharts from the table it names (data-table): the
// table's row headers are the categories, each numeric column a series named by its header. The
// table stays on the page as the chart's text alternative (a row header's data-axis-label, when
// it has one, is the shorter name the axis shows). Kinds: bar, hbar (horizontal bars, for
// long labels), line. No animation, so a chart is complete as soon as it is shown.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';

const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#f47738'];
const TEXT = '#0b0c0c';

function figures(table) {
    const headers = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim());
    const rows = [...table.querySelectorAll('tbody tr')];
    const categories = rows.map((row) => {
        const header = row.querySelector('th');
        return header.dataset.axisLabel || header.textContent.trim();
    });
    const series = headers.map((name, column) => ({
        name,
        values: rows.map((row) => Number(row.querySelectorAll('td')[column].textContent.trim())),
    }));
    return { categories, series };
}

function option(kind, { categories, series }) {
    const horizontal = kind === 'hbar';
    const categoryAxis = {
        type: 'category', data: categories, inverse: horizontal,
        axisLabel: { color: TEXT, width: horizontal ? 150 : 90, overflow: horizontal ? 'truncate' : 'break',
            interval: horizontal ? 0 : 'auto', hideOverlap: !horizontal },
    };
    const valueAxis = { type: 'value', minInterval: 1, axisLabel: { color: TEXT } };
    return {
        animation: false,
        color: COLOURS,
        aria: { enabled: false },
        grid: { containLabel: true, left: 8, right: 16, top: series.length > 1 ? 40 : 16, bottom: 8 },
        legend: series.length > 1 ? { top: 0, textStyle: { color: TEXT } } : undefined,
        tooltip: { trigger: 'axis' },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: series.map((one) => ({
            name: one.name, type: kind === 'line' ? 'line' : 'bar', data: one.values,
            label: { show: kind !== 'line', position: horizontal ? 'right' : 'top', color: TEXT },
        })),
    };
}

const charts = [];
for (const element of document.querySelectorAll('[data-chart]')) {
    const table = document.getElementById(element.dataset.table);
    if (!table) {
        continue;
    }
    const data = figures(table);
    if (element.dataset.chart === 'hbar') {
        // A horizontal bar per category: as tall as the categories need, not the page's fixed height.
        element.style.height = Math.max(160, 48 * data.categories.length + 40) + 'px';
    }
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(element.dataset.chart, data));
    element.dataset.drawn = 'true';
    charts.push(chart);
}
window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
