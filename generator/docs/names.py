"""The names a customer installs and imports a format's file by, in each language.

The import path of a published file follows from where the SDK has it, by each ecosystem's
own rule (Python and Java: the path is the module; PHP: PSR-4 from ``src/``; C#: a folder is a
namespace segment; Go: a folder of the module is a package; TypeScript: the module file name
under the npm name). The names at the root come from the package description.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.languages.registry import language
from specmodel.package import Package


def python_module(sdk_path: str) -> str:
    """``src/embedseal/papermap_iframe.py`` → ``embedseal.papermap_iframe``."""
    return _dotted(sdk_path, "src/")


def java_class(sdk_path: str) -> str:
    """``src/main/java/io/embedseal/x/X.java`` → ``io.embedseal.x.X``."""
    return _dotted(sdk_path, "src/main/java/")


def typescript_module(sdk_path: str, pkg: Package) -> str:
    """``src/papermap-iframe.ts`` → ``embedseal/papermap-iframe`` (the module file name)."""
    return f"{pkg.npm_name}/{PurePosixPath(sdk_path).stem}"


def php_class(sdk_path: str, pkg: Package) -> str:
    """PSR-4: ``src/PapermapIframe/Token.php`` → ``Embedseal\\PapermapIframe\\Token``."""
    under_src = PurePosixPath(sdk_path).relative_to("src").with_suffix("")
    return "\\".join((pkg.php_namespace, *under_src.parts))


def csharp_namespace(sdk_path: str, pkg: Package) -> str:
    """``PapermapIframe/PapermapIframe.cs`` → ``Embedseal.PapermapIframe``."""
    return ".".join((pkg.csharp_namespace, *PurePosixPath(sdk_path).parent.parts))


def go_package(sdk_path: str, pkg: Package) -> str:
    """``papermapiframe/papermapiframe.go`` → ``<module>/papermapiframe``."""
    return "/".join((pkg.go_module, *PurePosixPath(sdk_path).parent.parts))


def typescript_namespace(format_name: str) -> str:
    """The name the TypeScript package's index exports the format's module under."""
    return language("typescript").member_name(format_name)


def _dotted(sdk_path: str, root: str) -> str:
    return ".".join(PurePosixPath(sdk_path).relative_to(root).with_suffix("").parts)
