#!/usr/bin/perl
# Post-processing of CUPS texttopdf output with Perl Text::PDF (incremental update of the file):
# 1. cups-filters 1.28 texttopdf embeds the monospace TrueType font as a CID font without /ToUnicode,
#    so the text is not extractable; add a /ToUnicode CMap (glyph id -> Unicode, computed by
#    make_invoices.py from the font's own cmap table) to every Type0 font.
# 2. optionally stamp the AFIP QR (vector rectangles) on the last page: a separate overlay, as a
#    legacy ERP printing plain text cannot carry it.
use strict; use warnings;
use Text::PDF::File; use Text::PDF::Utils;
my ($file, $cmapfile, $qrops) = @ARGV;
open(my $fh, '<', $cmapfile) or die; my $cmap = do { local $/; <$fh> }; close $fh;
my $pdf = Text::PDF::File->open($file, 1) or die "cannot open $file";
my $root = $pdf->{'Root'}->realise;
my @pages = $root->{'Pages'}->realise->get_pages;
my %done;
for my $pg (@pages) {
    $pg->realise;
    my $res = $pg->find_prop('Resources')->realise;
    my $fonts = $res->{'Font'} or next; $fonts->realise;
    for my $k (keys %$fonts) {
        next if $k =~ /^ /;
        my $f = $fonts->{$k}->realise;
        next unless $f->{'Subtype'} && $f->{'Subtype'}->val eq 'Type0';
        next if $done{"$f"}++;
        my $tu = PDFDict(); $tu->{' stream'} = $cmap;
        $pdf->new_obj($tu); $f->{'ToUnicode'} = $tu; $pdf->out_obj($f);
    }
}
if ($qrops) {
    open(my $qh, '<', $qrops) or die; my $ops = do { local $/; <$qh> }; close $qh;
    my $pg = $pages[-1];
    my $s = PDFDict(); $s->{' stream'} = $ops;
    $pdf->new_obj($s);
    my $c = $pg->{'Contents'}; $c = $c->realise if ref $c && $c->can('realise');
    if (ref $c eq 'Text::PDF::Array') { $c->add_elements($s); }
    else { $pg->{'Contents'} = PDFArray(PDFDict('q'), $c, $s) if 0; $pg->{'Contents'} = PDFArray($c, $s); }
    $pdf->out_obj($pg);
}
$pdf->close_file;
