/** Colours of the charts: the app's palette, dark enough on white for lines and text (WCAG AA). */
export const chartColors = {
  line: '#1d6150',
  second: '#1f5fbf',
  third: '#8a5a00',
  grid: '#d5d9d4',
  axis: '#50605f',
};

/** Severity bands from the lowest to the highest, light enough that the line stays readable over them. */
export const bandFills = ['#e8f4ee', '#f3f6dc', '#fdf4e1', '#fbe6d4', '#fbeceb'];

export const axisTick = { fill: chartColors.axis, fontSize: 12 };
