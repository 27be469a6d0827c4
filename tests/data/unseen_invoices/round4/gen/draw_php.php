<?php
// Executes a draw list (TSV, UTF-8) with TCPDF or FPDF.  php draw_php.php tcpdf|fpdf ops.tsv out.pdf
$engine = $argv[1]; $lines = file($argv[2], FILE_IGNORE_NEW_LINES); $out = $argv[3];
$meta = []; $H = 842.0;
foreach ($lines as $l) { $p = explode("\t", $l); if ($p[0] == 'META') $meta[$p[1]] = $p[2]; }
$fam = ['sans' => 'helvetica', 'serif' => 'times', 'mono' => 'courier'];
if ($engine == 'tcpdf') {
  require_once '/usr/share/php/tcpdf/tcpdf.php';
  $pdf = new TCPDF('P', 'pt', 'A4', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false); $pdf->setCellPaddings(0, 0, 0, 0);
  $pdf->SetCreator($meta['creator']); $pdf->SetAuthor($meta['author']); $pdf->SetTitle($meta['title']);
  $pdf->setFontSubsetting(false);
} else {
  require_once '/usr/share/php/fpdf/fpdf.php';
  $pdf = new FPDF('P', 'pt', 'A4');
  $pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
  $pdf->SetCreator($meta['creator']); $pdf->SetAuthor($meta['author']); $pdf->SetTitle($meta['title'], true);
}
function enc($s) { global $engine; return $engine == 'fpdf' ? iconv('UTF-8', 'windows-1252', $s) : $s; }
foreach ($lines as $l) {
  $p = explode("\t", $l);
  switch ($p[0]) {
    case 'P': $pdf->AddPage(); break;
    case 'F':
      $f = explode('-', $p[1]);
      $pdf->SetFont($fam[$f[0]], count($f) > 1 ? 'B' : '', floatval($p[2])); break;
    case 'T':
      $x = floatval($p[1]); $y = floatval($p[2]); $s = enc($p[4]);
      $w = $pdf->GetStringWidth($s);
      if ($p[3] == 'R') $x -= $w; elseif ($p[3] == 'C') $x -= $w / 2;
      if ($engine == 'tcpdf') { $pdf->SetXY($x, $y); $pdf->Cell($w + 0.5, 0, $s, 0, 0, 'L', false, '', 0, false, 'L', 'M'); }
      else $pdf->Text($x, $y, $s);
      break;
    case 'R':
      $pdf->SetLineWidth(floatval($p[5]));
      if ($p[6] != '-1') { $g = intval(floatval($p[6]) * 255); $pdf->SetFillColor($g, $g, $g); $pdf->Rect($p[1], $p[2], $p[3], $p[4], 'DF'); }
      else $pdf->Rect($p[1], $p[2], $p[3], $p[4], 'D');
      break;
    case 'L': $pdf->SetLineWidth(floatval($p[5])); $pdf->Line($p[1], $p[2], $p[3], $p[4]); break;
    case 'Q':
      $x = floatval($p[1]); $y = floatval($p[2]); $sz = floatval($p[3]);
      if ($meta['qr_mode'] == 'native') {
        $style = ['border' => false, 'padding' => 0, 'fgcolor' => [0, 0, 0], 'bgcolor' => false];
        $pdf->write2DBarcode($meta['qr_url'], 'QRCODE,M', $x, $y, $sz, $sz, $style, 'N');
      } elseif ($meta['qr_mode'] == 'image') {
        $pdf->Image($meta['qr_png'], $x, $y, $sz, $sz);
      } else {
        $rows = explode(',', $meta['qr_matrix']); $n = count($rows); $m = $sz / ($n + 8);
        $pdf->SetFillColor(0, 0, 0);
        foreach ($rows as $r => $row) for ($c = 0; $c < $n; $c++) if ($row[$c] == '1') $pdf->Rect($x + ($c + 4) * $m, $y + ($r + 4) * $m, $m, $m, 'F');
      }
      break;
  }
}
$pdf->Output($out, 'F');
