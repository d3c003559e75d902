#!/usr/bin/perl
# Lints an OpenAPI 3.0 document: validated against the OpenAPI 3.0 schema by
# JSON::Validator (Debian package libjson-validator-perl, works offline), with
# every $ref resolved, plus the rules of a recommended linter set that the
# schema cannot express: unique operationIds, a summary, a description and a
# declared tag on every operation, a success response on every operation,
# declared path parameters, and no URL outside the server.
# Usage: lint_openapi.pl document.json   (exit 0: no errors)
use strict;
use warnings;
use JSON::PP;
use JSON::Validator::Schema::OpenAPIv3;

my $file = shift or die "usage: $0 document.json\n";
open(my $fh, '<', $file) or die "cannot read $file: $!\n";
my $text = do { local $/; <$fh> };
my $doc = JSON::PP->new->decode($text);

my @errors;
my $schema = eval {
    my $s = JSON::Validator::Schema::OpenAPIv3->new;
    $s->data($doc);
    $s;
};
if (!$schema) {
    push @errors, "document: $@";
} else {
    push @errors, map {"$_"} @{ $schema->errors };
}

push @errors, "openapi: expected 3.0.x" unless ($doc->{openapi} // '') =~ /^3\.0\.\d+$/;
push @errors, "info.version: missing" unless $doc->{info}{version};

my %declaredTags = map { $_->{name} => 1 } @{ $doc->{tags} // [] };
my %operationIds;
my $operations = 0;
for my $path (sort keys %{ $doc->{paths} }) {
    my @params = $path =~ /\{([^}]+)\}/g;
    for my $method (sort keys %{ $doc->{paths}{$path} }) {
        my $op = $doc->{paths}{$path}{$method};
        my $where = uc($method) . " $path";
        ++$operations;
        my $id = $op->{operationId} // '';
        push @errors, "$where: no operationId" unless $id;
        push @errors, "$where: operationId $id is not unique" if $id && $operationIds{$id}++;
        push @errors, "$where: no summary" unless $op->{summary};
        push @errors, "$where: no description" unless $op->{description};
        push @errors, "$where: no tag" unless @{ $op->{tags} // [] };
        for my $tag (@{ $op->{tags} // [] }) {
            push @errors, "$where: tag $tag is not declared" unless $declaredTags{$tag};
        }
        my @success = grep { /^2\d\d$/ } keys %{ $op->{responses} // {} };
        push @errors, "$where: no success response" unless @success;
        my %declared = map { ($_->{name} // '') => 1 } grep { ($_->{in} // '') eq 'path' } @{ $op->{parameters} // [] };
        for my $p (@params) {
            push @errors, "$where: path parameter $p is not declared" unless $declared{$p};
        }
    }
}
push @errors, "no operations" unless $operations;
# Nothing in the document may point outside the server (the reference page
# is served offline).
while ($text =~ m{"(https?://[^"]*)"}g) {
    push @errors, "absolute URL in the document: $1";
}

print "$_\n" for @errors;
printf "%s: %d operations, %d errors\n", $file, $operations, scalar(@errors);
exit(@errors ? 1 : 0);
