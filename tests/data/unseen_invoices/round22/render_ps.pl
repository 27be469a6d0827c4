#!/usr/bin/perl
# Draws one invoice from the page primitives (JSON) with PostScript::Simple 0.09; the PostScript is then
# distilled by pstoedit's own PDF driver (pstoedit -f pdf), see make_invoices.py.
use strict; use warnings;
use JSON::PP; use PostScript::Simple;
my ($src, $out) = @ARGV;
open(my $fh, '<:encoding(UTF-8)', $src) or die; local $/; my $doc = decode_json(do { my $t = <$fh>; utf8::encode($t); $t });
my %FONT = (R => 'Helvetica-iso', B => 'Helvetica-Bold-iso', M => 'Courier-iso');
my $p = PostScript::Simple->new(papersize => 'A4', units => 'pt', colour => 1, eps => 0, reencode => 'ISOLatin1Encoding');
for my $prims (@{$doc->{pages}}) {
  $p->newpage;
  for my $q (@$prims) {
    my ($k, @a) = @$q;
    if ($k eq 'text') {
      my ($x, $y, $s, $size, $font, $align) = @a;
      $s =~ s/-/\x{ad}/g;   # ISOLatin1Encoding prints 0x2D as /minus; 0xAD is /hyphen
      $p->setfont($FONT{$font}, $size);
      $p->text({align => {l => 'left', r => 'right', c => 'centre'}->{$align}}, $x, $y, $s);
    } elsif ($k eq 'rect') {
      my ($x, $y, $w, $h, $fill, $lw) = @a;
      if (defined $fill) { my $g = int($fill * 255); $p->setcolour($g, $g, $g); $p->box({filled => 1}, $x, $y, $x + $w, $y + $h); $p->setcolour(0, 0, 0); }
      else { $p->setlinewidth($lw); $p->box($x, $y, $x + $w, $y + $h); }
    } elsif ($k eq 'line') {
      my ($x1, $y1, $x2, $y2, $lw) = @a; $p->setlinewidth($lw); $p->line($x1, $y1, $x2, $y2);
    } elsif ($k eq 'qr') {
      my ($x, $y, $size, $m) = @a; my $n = scalar(@$m); my $u = $size / ($n + 8);
      for my $r (0 .. $n - 1) {
        my $c = 0;
        while ($c < $n) {
          if ($m->[$r][$c]) { my $s = $c; $c++ while $c < $n && $m->[$r][$c];
            $p->box({filled => 1}, $x + (4 + $s) * $u, $y + $size - (4 + $r + 1) * $u, $x + (4 + $c) * $u, $y + $size - (4 + $r) * $u); }
          else { $c++ }
        }
      }
    }
  }
}
$p->output($out);
