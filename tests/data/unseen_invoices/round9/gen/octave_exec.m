% GNU Octave 7 (qt toolkit, invisible figure): one full-page axes in points, text(), rectangle(),
% line(), the QR as image(); print -dpdf (gl2ps PostScript distilled by Ghostscript). ASCII text only.
args = argv();
ops = fileread(args{1});
out = args{2};
lines = strsplit(ops, "\n");
f = figure('visible', 'off', 'units', 'points', 'position', [0 0 595 842], 'color', 'w');
a = axes('position', [0 0 1 1]); axis off; hold on;
set(a, 'xlim', [0 595], 'ylim', [0 842], 'ydir', 'reverse');
for i = 1:numel(lines)
  ln = lines{i};
  if isempty(ln) continue; end
  p = strsplit(ln, "\t");
  switch p{1}
    case 'T'
      al = struct('l', 'left', 'r', 'right', 'c', 'center').(p{6});
      w = 'normal'; if strcmp(p{5}, '1') w = 'bold'; end
      text(str2double(p{2}), str2double(p{3}), p{7}, 'FontSize', str2double(p{4}), 'FontWeight', w, ...
           'FontName', 'Helvetica', 'HorizontalAlignment', al, 'VerticalAlignment', 'baseline', 'Interpreter', 'none');
    case 'R'
      x = str2double(p{2}); y = str2double(p{3}); ww = str2double(p{4}); h = str2double(p{5});
      if strcmp(p{6}, '1')
        rectangle('Position', [x y ww h], 'FaceColor', 'k', 'EdgeColor', 'k');
      else
        rectangle('Position', [x y ww h], 'LineWidth', str2double(p{7}));
      end
    case 'L'
      line([str2double(p{2}) str2double(p{4})], [str2double(p{3}) str2double(p{5})], 'Color', 'k', ...
           'LineWidth', str2double(p{6}));
    case 'Q'
      x = str2double(p{2}); y = str2double(p{3}); m = str2double(p{4});
      rows = strsplit(p{5}, '/'); n = numel(rows);
      M = zeros(n, n);
      for r = 1:n M(r, :) = (rows{r} == '1'); end
      img = repmat(1 - M, [1 1 3]);
      image([x + m / 2, x + (n - 0.5) * m], [y + m / 2, y + (n - 0.5) * m], img);
  end
end
set(f, 'PaperUnits', 'points', 'PaperSize', [595 842], 'PaperPosition', [0 0 595 842]);
print(f, '-dpdf', out);
