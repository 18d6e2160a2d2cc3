// The case's timeline on a time axis (Apache ECharts): actions as points on the top line, each clock a
// bar from its start to its due date, coloured by how it stands, with its breach and stop marked.
// The data is the page's JSON block; times are shown in London time whatever the browser's zone.
(function () {
    const element = document.getElementById('case-chart');
    const source = document.getElementById('case-chart-data');
    if (!element || !source || !window.echarts) {
        return;
    }
    const data = JSON.parse(source.textContent);
    const london = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/London', day: 'numeric', month: 'short',
        year: 'numeric', hour: '2-digit', minute: '2-digit'});
    const londonDay = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/London', day: 'numeric', month: 'short'});
    const colours = {Running: '#1d70b8', Warning: '#ffdd00', Overdue: '#d4351c', Paused: '#b1b4b6', Met: '#00703c',
        'Met late': '#f47738', Cancelled: '#505a5f'};
    const rows = ['Actions'].concat(data.clocks.map(clock => clock.name));
    const actionSymbol = action => action.corrected ? 'diamond' : action.late ? 'triangle' : 'circle';

    const chart = echarts.init(element, null, {renderer: 'canvas'});
    chart.setOption({
        animation: false,
        grid: {left: 8, right: 24, top: 24, bottom: 48, containLabel: true},
        tooltip: {trigger: 'item', renderMode: 'richText', confine: true},
        xAxis: {type: 'time', axisLabel: {formatter: value => londonDay.format(new Date(value)), hideOverlap: true}},
        yAxis: {type: 'category', data: rows, inverse: true,
            axisLabel: {width: 200, overflow: 'truncate'}},
        series: [
            {
                name: 'Clocks', type: 'custom',
                renderItem: (params, api) => {
                    const row = api.value(0);
                    const start = api.coord([api.value(1), row]);
                    const due = api.coord([api.value(2), row]);
                    const height = api.size([0, 1])[1] * 0.5;
                    return {type: 'rect', shape: {x: start[0], y: start[1] - height / 2,
                            width: Math.max(2, due[0] - start[0]), height: height},
                        style: {fill: colours[data.clocks[params.dataIndex].standing] || '#1d70b8'}};
                },
                encode: {x: [1, 2], y: 0},
                data: data.clocks.map((clock, i) => [i + 1, clock.start, clock.due]),
                tooltip: {formatter: params => {
                    const clock = data.clocks[params.dataIndex];
                    return clock.name + '\n' + clock.standing + '\nstarted ' + london.format(new Date(clock.start))
                        + '\ndue ' + london.format(new Date(clock.due))
                        + (clock.breached ? '\nbreached ' + london.format(new Date(clock.breached)) : '')
                        + (clock.stopped ? '\nstopped ' + london.format(new Date(clock.stopped)) : '')
                        + (clock.pausedSince ? '\npaused since ' + london.format(new Date(clock.pausedSince))
                            + (clock.pauseReason ? ': ' + clock.pauseReason : '') : '');
                }}
            },
            {
                name: 'Breaches and stops', type: 'scatter', symbol: 'pin', symbolSize: 18,
                data: data.clocks.flatMap((clock, i) => [
                    clock.breached ? {value: [clock.breached, i + 1], itemStyle: {color: '#d4351c'}, what: 'breached'} : null,
                    clock.stopped ? {value: [clock.stopped, i + 1], itemStyle: {color: '#0b0c0c'}, what: 'stopped'} : null
                ].filter(point => point !== null)),
                tooltip: {formatter: params => params.data.what + ' ' + london.format(new Date(params.value[0]))}
            },
            {
                name: 'Actions', type: 'scatter', symbolSize: 12,
                data: data.actions.map(action => ({value: [action.at, 0], symbol: actionSymbol(action),
                    itemStyle: {color: action.late ? '#f47738' : action.corrected ? '#4c2c92' : '#0b0c0c'}})),
                tooltip: {formatter: params => {
                    const action = data.actions[params.dataIndex];
                    return action.title + '\n' + london.format(new Date(action.at)) + ', by ' + action.recordedBy
                        + (action.late ? '\n' + action.lateText : '') + (action.corrected ? '\ncorrected' : '');
                }},
                markLine: {silent: true, symbol: 'none', lineStyle: {color: '#d4351c', type: 'dashed'},
                    label: {formatter: 'now'}, data: [{xAxis: data.now}]}
            }
        ]
    });
    element.style.height = Math.max(160, 60 + rows.length * 36) + 'px';
    chart.resize();
    window.addEventListener('resize', () => chart.resize());
})();
