#!/usr/bin/perl
# Draw-list renderer for Perl Text::PDF (libtext-pdf-perl): builds the file object by object,
# standard Type 1 fonts with WinAnsiEncoding, page content streams written operator by operator.
# Input: the same tab-separated draw list as FreehepRender.java (top-left origin, points).
use strict; use warnings;
use Encode qw(encode decode);
use Text::PDF::File; use Text::PDF::Pages; use Text::PDF::Page; use Text::PDF::Utils; use Text::PDF::SFont;
my ($in, $out) = @ARGV;
open(my $fh, '<:encoding(UTF-8)', $in) or die;
my @lines = <$fh>; close $fh; chomp @lines;
my (undef, $W, $H) = split /\t/, shift @lines;
my $pdf = Text::PDF::File->new;
my $root = Text::PDF::Pages->new($pdf);
$root->proc_set('PDF', 'Text', 'ImageB');
$root->bbox(0, 0, $W, $H);
my %fonts; my $nf = 0;
sub font { my ($name, $bold) = @_;
  my $base = $name eq 'Helvetica' ? ($bold ? 'Helvetica-Bold' : 'Helvetica')
           : $name eq 'Times' ? ($bold ? 'Times-Bold' : 'Times-Roman')
           : ($bold ? 'Courier-Bold' : 'Courier');
  unless ($fonts{$base}) { $nf++; my $f = Text::PDF::SFont->new($pdf, $base, "F$nf", 1); $root->add_font($f); $fonts{$base} = [$f, "F$nf"]; }
  return @{$fonts{$base}};
}
my ($page, $nimg) = (undef, 0);
sub fmt { sprintf('%.2f', $_[0]) }
for my $ln (@lines) {
  my @f = split /\t/, $ln, -1;
  if ($f[0] eq 'PAGE') { $page = Text::PDF::Page->new($pdf, $root); next; }
  if ($f[0] eq 'T') {
    my ($font, $tag) = font($f[1], $f[2]);
    my $size = $f[3]; my $bytes = encode('cp1252', $f[7]);
    my $w = $font->width($bytes) * $size; my $x = $f[4];
    $x -= $w if $f[6] eq 'r'; $x -= $w / 2 if $f[6] eq 'c';
    $page->add("BT /$tag " . fmt($size) . " Tf " . fmt($x) . " " . fmt($H - $f[5]) . " Td " . $font->out_text($bytes) . " Tj ET\n");
  } elsif ($f[0] eq 'L') {
    $page->add(fmt($f[5]) . " w " . fmt($f[1]) . " " . fmt($H - $f[2]) . " m " . fmt($f[3]) . " " . fmt($H - $f[4]) . " l S\n");
  } elsif ($f[0] eq 'R') {
    $page->add("q " . fmt($f[5]) . " g " . fmt($f[1]) . " " . fmt($H - $f[2] - $f[4]) . " " . fmt($f[3]) . " " . fmt($f[4]) . " re f Q\n");
  } elsif ($f[0] eq 'B') {
    $page->add("0.8 w " . fmt($f[1]) . " " . fmt($H - $f[2] - $f[4]) . " " . fmt($f[3]) . " " . fmt($f[4]) . " re S\n");
  } elsif ($f[0] eq 'QV') {
    my ($x, $y, $m) = @f[1..3]; my @rows = split m{/}, $f[4]; my $n = @rows; my $s = "q 0 g\n";
    for my $r (0..$n-1) { my $c = 0; while ($c < $n) {
      if (substr($rows[$r], $c, 1) eq '1') { my $s0 = $c; $c++ while ($c < $n && substr($rows[$r], $c, 1) eq '1');
        $s .= join(' ', map { fmt($_) } ($x + $s0*$m, $H - $y - ($r+1)*$m, ($c-$s0)*$m, $m)) . " re\n"; } else { $c++ } } }
    $page->add($s . "f Q\n");
  } elsif ($f[0] eq 'QI') {
    my ($x, $y, $m) = @f[1..3]; my @rows = split m{/}, $f[4]; my $n = @rows;
    my $data = join('', map { my $r = $_; join('', map { substr($r, $_, 1) eq '1' ? "\x00" : "\xff" } 0..$n-1) } @rows);
    my $img = PDFDict(); $nimg++;
    $img->{'Type'} = PDFName('XObject'); $img->{'Subtype'} = PDFName('Image');
    $img->{'Width'} = PDFNum($n); $img->{'Height'} = PDFNum($n);
    $img->{'ColorSpace'} = PDFName('DeviceGray'); $img->{'BitsPerComponent'} = PDFNum(8);
    $img->{'Filter'} = PDFArray(PDFName('FlateDecode'));
    $img->{' stream'} = $data; $pdf->new_obj($img);
    $page->{'Resources'} = PDFDict() unless defined $page->{'Resources'};
    $page->{'Resources'}{'XObject'} = PDFDict() unless defined $page->{'Resources'}{'XObject'};
    $page->{'Resources'}{'XObject'}{"Im$nimg"} = $img;
    $page->{'Resources'}{'Font'} = $root->{'Resources'}{'Font'};
    $page->{'Resources'}{'ProcSet'} = $root->{'Resources'}{'ProcSet'};
    my $side = $n * $m;
    $page->add("q " . fmt($side) . " 0 0 " . fmt($side) . " " . fmt($x) . " " . fmt($H - $y - $side) . " cm /Im$nimg Do Q\n");
  }
}
$pdf->{'Info'} = PDFDict(); $pdf->new_obj($pdf->{'Info'});
$pdf->{'Info'}{'Producer'} = PDFStr('Text::PDF 0.31 (Perl)');
$pdf->out_file($out);
