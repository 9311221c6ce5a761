// Code generated from spec/formats/; DO NOT EDIT.

module github.com/embedseal/embedseal-go

go 1.19
