#!/usr/bin/perl
# Draws a JSON draw list (written by render_textpdf.py) with Text::PDF (standard Type 1 fonts, WinAnsiEncoding).
use strict;
use warnings;
use JSON::PP;
use Encode qw(encode);
use Text::PDF::File;
use Text::PDF::Pages;
use Text::PDF::Page;
use Text::PDF::SFont;

my ($in, $out) = @ARGV;
open(my $fh, '<:raw', $in) or die $!;
local $/;
my $ops = JSON::PP->new->utf8->decode(<$fh>);
close $fh;

my $pdf = Text::PDF::File->new;
my $root = Text::PDF::Pages->new($pdf);
$root->proc_set('PDF', 'Text');
$root->bbox(0, 0, 595, 842);
my %font;
my $page;
my $buf = '';

sub esc { my $s = shift; $s =~ s/([\\()])/\\$1/g; return $s; }
sub flush_page { if ($page) { $page->add($buf); } $buf = ''; }

for my $op (@$ops) {
    my ($k, @a) = @$op;
    if ($k eq 'font') {
        my ($key, $base) = @a;
        $font{$key} = Text::PDF::SFont->new($pdf, $base, $key, 1);   # 1 = WinAnsiEncoding
        $root->add_font($font{$key}, $pdf);
    } elsif ($k eq 'page') {
        flush_page();
        $page = Text::PDF::Page->new($pdf, $root);
    } elsif ($k eq 'text') {
        my ($f, $size, $x, $y, $align, $s) = @a;
        my $bytes = encode('cp1252', $s);
        my $w = $font{$f}->width($bytes) * $size;
        $x -= $w if $align eq 'right';
        $x -= $w / 2 if $align eq 'center';
        $buf .= sprintf("BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n", $f, $size, $x, $y, esc($bytes));
    } elsif ($k eq 'rect') {
        my ($x, $y, $w, $h, $gray, $lw) = @a;
        if ($lw > 0) { $buf .= sprintf("q %.2f w %.2f %.2f %.2f %.2f re S Q\n", $lw, $x, $y, $w, $h); }
        else { $buf .= sprintf("q %.2f g %.3f %.3f %.3f %.3f re f Q\n", $gray, $x, $y, $w, $h); }
    } elsif ($k eq 'line') {
        my ($x1, $y1, $x2, $y2, $lw) = @a;
        $buf .= sprintf("q %.2f w %.2f %.2f m %.2f %.2f l S Q\n", $lw, $x1, $y1, $x2, $y2);
    } else { die "unknown op $k"; }
}
flush_page();
$pdf->out_file($out);
