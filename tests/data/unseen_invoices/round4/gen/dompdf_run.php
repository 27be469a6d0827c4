<?php
// php dompdf_run.php in.html out.pdf
require_once '/usr/share/php/dompdf/autoload.php';
$o = new Dompdf\Options(); $o->setIsRemoteEnabled(false); $o->setDefaultFont('DejaVu Sans'); $o->setFontCache('/work/wt-round4-scratch/dompdf-fonts'); $o->setFontDir('/work/wt-round4-scratch/dompdf-fonts');
$o->setChroot([dirname($argv[1]), '/usr/share/fonts/truetype/dejavu']);
$d = new Dompdf\Dompdf($o);
$d->loadHtml(file_get_contents($argv[1]), 'UTF-8');
$d->setPaper('A4', 'portrait');
$d->render();
$d->addInfo('Creator', 'Sistema Web de Facturacion');
file_put_contents($argv[2], $d->output());
