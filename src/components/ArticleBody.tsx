import type { CSSProperties } from 'react';
import type { Block, Quote } from '../content/model';
import { bodySections } from '../content/sections';
import styles from './ArticleBody.module.css';
import { assertNever } from './assertNever';
import { QuotedText } from './QuotedText';
import { SectionHeading } from './SectionHeading';

type ArticleBodyProps = {
  blocks: readonly Block[];
  quotes: readonly Quote[];
};

/**
 * The article text: subheadings become h2 with their anchor id, everything else paragraphs. Each
 * subheading opens a section that the browser lays out only when it nears the screen; its text
 * length tells the browser roughly how tall it will be until then.
 */
export function ArticleBody({ blocks, quotes }: ArticleBodyProps) {
  return (
    <div className={styles.body}>
      {bodySections(blocks).map((section) => (
        <div
          key={section.start}
          className={styles.section}
          style={
            {
              '--section-chars': section.chars,
              '--section-blocks': section.blocks.length,
            } as CSSProperties
          }
        >
          {section.blocks.map((block, offset) => {
            const index = section.start + offset;
            switch (block.type) {
              case 'heading':
                return (
                  <SectionHeading
                    key={index}
                    id={block.id}
                    text={block.text}
                    quotes={quotes}
                    index={index}
                  />
                );
              case 'paragraph':
                return (
                  <p key={index} className={styles.paragraph} data-part={`body-${index}`}>
                    <QuotedText text={block.text} quotes={quotes} part="body" index={index} />
                  </p>
                );
              default:
                return assertNever(block);
            }
          })}
        </div>
      ))}
    </div>
  );
}
