#!/usr/bin/perl
# PDF::Create executor: reads a JSON draw list, core Helvetica (WinAnsi), stringl/stringr/stringc, GIF QR image.
use strict; use warnings; use JSON::PP; use Encode; use PDF::Create;
my ($in, $out, $gif) = @ARGV;
open my $fh, '<:raw', $in or die; local $/; my $doc = decode_json(<$fh>); close $fh;
my $pdf = PDF::Create->new('filename' => $out, 'Author' => 'Sistema de Facturacion', 'Title' => 'Factura',
                           'Creator' => 'facturador', 'CreationDate' => [ localtime ]);
my $root = $pdf->new_page('MediaBox' => $pdf->get_page_size('A4'));
my $f1 = $pdf->font('BaseFont' => 'Helvetica');
my $f2 = $pdf->font('BaseFont' => 'Helvetica-Bold');
my $img = $gif ? $pdf->image($gif) : undef;  # JPEG
my $H = 842;
for my $ops (@{$doc->{pages}}) {
  my $p = $root->new_page;
  $p->set_width(0.6);
  for my $op (@$ops) {
    my $k = $op->[0];
    if ($k eq 't') {
      my (undef, $x, $y, $s, $size, $bold, $al) = @$op;
      my $b = encode('cp1252', $s);
      my $f = $bold ? $f2 : $f1;
      if ($al eq 'r') { $p->stringr($f, $size, $x, $H - $y, $b) }
      elsif ($al eq 'c') { $p->stringc($f, $size, $x, $H - $y, $b) }
      else { $p->stringl($f, $size, $x, $H - $y, $b) }
    } elsif ($k eq 'l') {
      $p->line($op->[1], $H - $op->[2], $op->[3], $H - $op->[4]);
    } elsif ($k eq 'r') {
      $p->rectangle($op->[1], $H - $op->[2] - $op->[4], $op->[3], $op->[4]); $p->stroke;
    } elsif ($k eq 'qr' && $img) {
      my $sc = $op->[3] / $img->{width};
      $p->image('image' => $img, 'xpos' => $op->[1], 'ypos' => $H - $op->[2] - $op->[3], 'xscale' => $sc, 'yscale' => $sc);
    }
  }
}
$pdf->close;
