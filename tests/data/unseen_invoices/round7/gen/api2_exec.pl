#!/usr/bin/perl
# PDF::API2 / PDF::Builder executor: draw list (TSV) -> PDF.
# usage: perl api2_exec.pl API2|Builder in.tsv out.pdf
use strict; use warnings; use utf8;
use File::Basename qw(dirname);
my ($lib, $in, $out) = @ARGV;
my $cls = $lib eq 'Builder' ? 'PDF::Builder' : 'PDF::API2';
eval "require $cls" or die $@;
my $pdf = $cls->new();
$pdf->info(Creator => "invoice $lib", Producer => $cls . ' ' . $cls->VERSION);
my $H = 842;
my %font;
if ($lib eq 'Builder') {   # TrueType fonts embedded (subset) for PDF::Builder
    $font{0} = $pdf->ttfont('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
    $font{1} = $pdf->ttfont('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf');
} else {                   # standard 14 Helvetica, WinAnsi
    $font{0} = $pdf->corefont('Helvetica', -encode => 'cp1252');
    $font{1} = $pdf->corefont('Helvetica-Bold', -encode => 'cp1252');
}
open(my $fh, '<:encoding(UTF-8)', $in) or die;
my ($page, $gfx, $txt);
my $dir = dirname($in);
while (my $l = <$fh>) {
    chomp $l;
    my @o = split /\t/, $l, -1;
    if ($o[0] eq 'P') {
        $page = $pdf->page(); $page->mediabox(595, 842);
        $gfx = $page->gfx(); $txt = $page->text();
    } elsif ($o[0] eq 'T') {
        $txt->font($font{$o[4]}, $o[3]);
        $txt->translate($o[1], $H - $o[2]);
        if ($o[5] eq 'r') { $txt->text_right($o[6]); }
        elsif ($o[5] eq 'c') { $txt->text_center($o[6]); }
        else { $txt->text($o[6]); }
    } elsif ($o[0] eq 'L') {
        $gfx->linewidth($o[5]); $gfx->move($o[1], $H - $o[2]); $gfx->line($o[3], $H - $o[4]); $gfx->stroke();
    } elsif ($o[0] eq 'R') {
        $gfx->linewidth($o[5]); $gfx->rect($o[1], $H - $o[2] - $o[4], $o[3], $o[4]); $gfx->stroke();
    } elsif ($o[0] eq 'F') {
        $gfx->rect($o[1], $H - $o[2] - $o[4], $o[3], $o[4]); $gfx->fill();
    } elsif ($o[0] eq 'I') {
        my $img = $lib eq 'Builder' ? $pdf->image_png("$dir/$o[5]") : $pdf->image_png("$dir/$o[5]");
        $gfx->image($img, $o[1], $H - $o[2] - $o[4], $o[3], $o[4]);
    }
}
$pdf->saveas($out);
