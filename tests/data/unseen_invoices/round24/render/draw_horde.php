<?php
// Draws one page-description file (TSV ops, pt, origin top-left) with Horde_Pdf_Writer (php-horde-pdf).
spl_autoload_register(function ($c) { @include_once str_replace('_', '/', $c) . '.php'; });
[$_, $src, $out] = $argv;
$lines = explode("\n", rtrim(file_get_contents($src), "\n"));
$meta = explode("\t", array_shift($lines));
$pdf = new Horde_Pdf_Writer(array('orientation' => 'P', 'unit' => 'pt', 'format' => 'A4'));
$pdf->setInfo('creator', $meta[1]); $pdf->setInfo('title', $meta[2]); $pdf->setInfo('author', $meta[3]);
$pdf->setAutoPageBreak(false, 0); $pdf->setMargins(0, 0, 0);
$pdf->open();
foreach ($lines as $ln) {
  $f = explode("\t", $ln);
  switch ($f[0]) {
  case 'P': $pdf->addPage(); break;
  case 'T':
    $pdf->setFont('Helvetica', $f[4] == '1' ? 'B' : '', (float)$f[3]);
    $t = iconv('UTF-8', 'CP1252', $f[6]); $w = $pdf->getStringWidth($t); $x = (float)$f[1];
    if ($f[5] == 'R') $x -= $w; if ($f[5] == 'C') $x -= $w / 2;
    $pdf->text($x, (float)$f[2], $t); break;
  case 'L': $pdf->setLineWidth((float)$f[5]); $pdf->line((float)$f[1], (float)$f[2], (float)$f[3], (float)$f[4]); break;
  case 'R':
    $g = (float)$f[5]; $st = '';
    if ($g >= 0) { $pdf->setFillColor('rgb', $g, $g, $g); $st .= 'F'; }
    if ($f[6] == '1') { $pdf->setLineWidth((float)$f[7]); $st .= 'D'; }
    if ($st == 'FD') $st = 'DF';
    $pdf->rect((float)$f[1], (float)$f[2], (float)$f[3], (float)$f[4], $st); break;
  case 'I': $pdf->image($f[1], (float)$f[2], (float)$f[3], (float)$f[4], (float)$f[4]); break;
  }
}
$pdf->save($out);
