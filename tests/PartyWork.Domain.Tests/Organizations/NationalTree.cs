using System.Globalization;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Organizations;

/// <summary>A synthetic national tree after the 2025 reform: 34 provinces, 3,321 communes, then grassroots committees and cells.</summary>
internal static class NationalTree
{
    public static OrganizationRow[] Rows(int count)
    {
        var rows = new List<OrganizationRow>(count) { new("TW", null, OrganizationKindIds.Central, "Trung ương") };
        for (var p = 0; p < 34 && rows.Count < count; p++)
        {
            rows.Add(new($"T{p}", "TW", OrganizationKindIds.ProvincialCommittee, Name("Đảng bộ tỉnh", p)));
        }

        for (var c = 0; c < 3321 && rows.Count < count; c++)
        {
            rows.Add(new($"X{c}", $"T{c % 34}", OrganizationKindIds.CommuneCommittee, Name("Đảng bộ xã", c)));
        }

        var grassroots = 0;
        while (rows.Count < count)
        {
            var id = $"G{grassroots}";
            rows.Add(new(id, $"X{grassroots % 3321}", OrganizationKindIds.GrassrootsCommittee, Name("Đảng bộ cơ sở", grassroots)));
            for (var cell = 0; cell < 5 && rows.Count < count; cell++)
            {
                rows.Add(new($"{id}-C{cell}", id, OrganizationKindIds.Cell, Name("Chi bộ", cell)));
            }

            grassroots++;
        }

        return [.. rows];
    }

    private static string Name(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix} {number}");
}
