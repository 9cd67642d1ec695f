export declare const depConstraints: { sourceTag: string; onlyDependOnLibsWithTags: string[] }[];
