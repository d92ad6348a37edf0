using System.Xml;

namespace Safeguarding.BoardPapers.Writers;

/// <summary>Text as an Office document can hold it: XML 1.0 has no place for most control characters, so they are left out rather than fail the whole paper.</summary>
internal static class XmlText
{
    internal static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);
}
