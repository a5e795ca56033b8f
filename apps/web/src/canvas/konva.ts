/**
 * The react-konva components notevote draws with. react-konva's own entry registers all of Konva — twenty filters, the
 * Transformer, TextPath, Sprite… — which no board uses and which cost 17 KB gzip of the first download; its core
 * registers the stage, layers, groups and custom shapes, and the shapes below are all the rest the app draws. Import
 * from here, never from 'react-konva' (lint refuses it): a shape missing here throws "Konva has no node with the type".
 */
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';

export { Circle, Group, Image, Layer, Path, Rect, Shape, Stage, Text } from 'react-konva/lib/ReactKonvaCore';
