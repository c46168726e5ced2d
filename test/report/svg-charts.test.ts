import { describe, expect, it } from 'vitest';
import { donutSegments, sparkline, stackedBar } from '../../src/report/svg-charts.js';

describe('chart geometry', () => {
  it('splits a donut of circumference 100 by share, starting at twelve o’clock, skipping empty parts', () => {
    const segments = donutSegments([
      { key: 'critical', label: 'Critical', value: 1 },
      { key: 'high', label: 'High', value: 0 },
      { key: 'medium', label: 'Medium', value: 3 },
    ]);
    expect(segments.map((s) => [s.key, s.dash, s.offset])).toEqual([
      ['critical', '25.00 75.00', '25.00'],
      ['medium', '75.00 25.00', '0.00'],
    ]);
    expect(donutSegments([{ key: 'x', label: 'X', value: 0 }])).toEqual([]);
  });

  it('lays a stacked bar end to end over 100 units', () => {
    expect(stackedBar([{ key: 'pass', value: 3 }, { key: 'fail', value: 1 }])).toEqual([
      { key: 'pass', x: '0.00', width: '75.00' },
      { key: 'fail', x: '75.00', width: '25.00' },
    ]);
  });

  it('draws a trend only from two scored runs, unscored runs leaving a gap', () => {
    expect(sparkline([80]).drawable).toBe(false);
    const line = sparkline([0, null, 100]);
    expect(line.drawable).toBe(true);
    expect(line.points).toBe('0.0,28.0 100.0,2.0');
    expect(line.last).toEqual({ x: '100.0', y: '2.0' });
  });
});
