"""C# 7.2 (Mono 6.8's mcs, the floor) and current .NET: one self-contained file per format.

Each format is one static class in namespace ``Embedseal`` (``Embedseal.PapermapIframe``) with
its types nested in it (``PapermapIframe.Input``, ``.Claims``, ``.Signed``, ``.EmbedException``),
so two formats in one file never collide. Standard library only: mscorlib and System, plus
System.Net.Http for exchange formats. The mixins answer the templates' small questions (names,
types, literals: :mod:`csharp_types`; JSON: :mod:`csharp_json`; URLs and HTTP:
:mod:`csharp_urls`; unions: :mod:`csharp_unions`; bytes and HMAC: :mod:`csharp_bytes`); the
code itself is in the templates.
"""

from __future__ import annotations

from generator.languages.base import SIGNING_FAMILIES, OutputFile, PasteRecipe
from generator.languages.csharp_bytes import CSharpBytes
from generator.languages.csharp_json import CSharpJson
from generator.languages.csharp_types import KEYWORDS
from generator.languages.csharp_unions import CSharpUnions
from generator.languages.csharp_urls import CSharpUrls
from specmodel.model import Family

# mcs flags shared by the SDK check and the paste test: C# 7.2 (the highest mcs accepts; Roslyn
# holds .NET builds to 7.3), every warning an error, XML docs required on the public API.
MCS_STRICT = "mcs -langversion:7.2 -warn:4 -warnaserror -nologo"


class CSharp(CSharpJson, CSharpUrls, CSharpUnions, CSharpBytes):
    name = "csharp"
    label = "C#"
    extension = "cs"
    line_comment = "//"
    code_fence = "csharp"
    reserved = KEYWORDS
    runtime_dir = "Runtime"  # unused: every format file stands alone
    outputs = (
        OutputFile("Format.cs.j2", "{type_prefix}.cs", published=True),
        OutputFile("Embedseal.csproj.j2", "{pkg.nuget_id}.csproj", per_format=False),
        OutputFile("Program.cs.j2", "Adapter/Program.cs", per_format=False),
    )
    exchange_outputs = (OutputFile("Exchange.cs.j2", "{type_prefix}.cs", published=True),)
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = (
        f"{MCS_STRICT} -target:library -doc:Embedseal.xml -r:System.Net.Http.dll"
        " -out:Embedseal.dll $(find . -name '*.cs' -not -path './Adapter/*')",
    )
    adapter_build = (
        "mcs -langversion:7.2 -warnaserror -nologo -optimize+ -r:System.Net.Http.dll"
        " -out:adapter.exe $(find . -name '*.cs')",
    )
    adapter_run = "mono adapter.exe"
    paste = PasteRecipe(
        format_path="{name}",
        consumer_template="consumer.cs.j2",
        consumer_path="Consumer.cs",
        checks=(
            f"{MCS_STRICT} -target:library -doc:Format.xml -r:System.Net.Http.dll"
            " -out:Format.dll $(ls *.cs | grep -v '^Consumer.cs$')",
            f"{MCS_STRICT} -r:System.Net.Http.dll -out:consumer.exe *.cs",
        ),
        run="mono consumer.exe",
        exchange_consumer_template="consumer_exchange.cs.j2",
    )
