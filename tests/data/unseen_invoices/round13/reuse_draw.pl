#!/usr/bin/perl
# Prefix e: draws one invoice with PDF::Reuse from a tab-separated draw list written by render_reuse.py.
# Standard Helvetica / Helvetica-Bold (WinAnsiEncoding, not embedded), prText with PDF::Reuse's own
# left/right/center alignment, rectangles, lines and the QR modules as raw path operators through prAdd.
use strict;
use warnings;
use Encode qw(encode);
use PDF::Reuse;

my ($list, $out) = @ARGV;
open(my $fh, '<:encoding(UTF-8)', $list) or die "$list: $!";
prFile($out);
my $first = 1;
my %align = (l => 'left', r => 'right', c => 'center');
while (my $line = <$fh>) {
    chomp $line;
    my @f = split /\t/, $line, -1;
    my $op = shift @f;
    if ($op eq 'page') {
        prPage() unless $first;
        $first = 0;
        prMbox(0, 0, 595, 842);
    } elsif ($op eq 'text') {
        my ($x, $y, $bold, $size, $al, $s) = @f;
        prFont($bold ? 'Helvetica-Bold' : 'Helvetica');
        prFontSize($size);
        prText($x, $y, encode('cp1252', $s), $align{$al});
    } elsif ($op eq 'raw') {
        prAdd($f[0]);
    }
}
prEnd();
